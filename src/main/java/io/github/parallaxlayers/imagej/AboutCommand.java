package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.Macro;
import ij.plugin.PlugIn;
import io.github.parallaxlayers.core.InvalidInputException;
import io.github.parallaxlayers.core.PluginInfo;

import java.awt.GraphicsEnvironment;

/**
 * Help › About Plugins › About Parallax Layers: the installed version and when it was built, so a bug report can
 * name them. A message window with a display; one line on ImageJ's log without one. Not a {@link ParallaxCommand}:
 * it has no options and no dialog to read them.
 */
public class AboutCommand implements PlugIn {
    static final String TITLE = "About Parallax Layers";

    @Override
    public void run(String arg) {
        CommandRunner.run(TITLE, this::show);
    }

    private void show() {
        String options = Macro.getOptions();
        if (options != null && !options.isBlank()) {
            // A macro that passes options here has mistaken this entry for another command.
            throw new InvalidInputException(TITLE + " takes no options (got '" + options.strip()
                    + "'); call run(\"About Parallax Layers\") alone.");
        }
        String line = PluginInfo.name() + " " + PluginInfo.version() + ", built " + PluginInfo.buildDate();
        if (GraphicsEnvironment.isHeadless()) {
            IJ.log(line);
            return;
        }
        IJ.showMessage(TITLE, line + "\n \nCut a photograph into 2.5D depth layers inside Fiji.\n"
                + "Commands: Plugins > Parallax Layers. Macro reference: docs/macros.md (each dialog's Help button).\n"
                + "SciJava commands for scripts and PyImageJ: io.github.parallaxlayers.scijava (docs/scripting.md).");
    }
}
