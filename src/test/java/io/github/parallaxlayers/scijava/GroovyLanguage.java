package io.github.parallaxlayers.scijava;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy for SciJava's ScriptService in the tests, as Fiji's scripting-groovy provides it (that artifact is not on
 * Maven Central): Groovy's own JSR-223 engine, adapted by scijava-common.
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy")
public class GroovyLanguage extends AdaptedScriptLanguage {
    public GroovyLanguage() {
        super("groovy");
    }
}
