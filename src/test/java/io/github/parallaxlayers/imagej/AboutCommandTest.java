package io.github.parallaxlayers.imagej;

import io.github.parallaxlayers.core.PluginInfo;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** About Parallax Layers names the version Maven built and its build date (headless: one line in the log). */
class AboutCommandTest {
    @Test
    void aboutNamesTheVersionAndBuildDate() {
        assertEquals(System.getProperty("parallax.version"), PluginInfo.version());
        assertTrue(Pattern.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC", PluginInfo.buildDate()),
                PluginInfo.buildDate());
        ImageJTestSupport.Run run = ImageJTestSupport.runMacro("run('About Parallax Layers');");
        assertNull(run.error(), run.output());
        assertTrue(run.output().contains("Parallax Layers " + PluginInfo.version() + ", built "
                + PluginInfo.buildDate()), run.output());
    }
}
