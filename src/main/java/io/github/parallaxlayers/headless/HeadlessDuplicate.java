package io.github.parallaxlayers.headless;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.Roi;
import ij.plugin.Duplicator;
import ij.plugin.PlugIn;

/**
 * {@code run("Duplicate...", "title=NAME [duplicate] [range=A-B] [ignore]")} without a display. ImageJ's own
 * Duplicate command always builds a dialog, which headless ImageJ cannot construct; the headless runner
 * registers this twin under the same name, with the same options and behaviour (selection cropped unless
 * {@code ignore}; {@code duplicate} copies the whole stack or {@code range}, else the current slice).
 */
public class HeadlessDuplicate implements PlugIn {

    @Override
    public void run(String arg) {
        ImagePlus image = WindowManager.getCurrentImage();
        if (image == null) {
            IJ.noImage();
            return;
        }
        String options = Macro.getOptions() == null ? "" : Macro.getOptions();
        String title = Macro.getValue(options, "title", WindowManager.getUniqueName(image, image.getTitle()));
        boolean wholeStack = hasFlag(options, "duplicate");
        Roi roi = image.getRoi();
        if (hasFlag(options, "ignore")) {
            image.deleteRoi();
        }
        ImagePlus copy;
        if (wholeStack && image.getStackSize() > 1) {
            String range = Macro.getValue(options, "range", "1-" + image.getStackSize());
            String[] ends = range.split("-");
            int first = parse(ends[0], 1);
            int last = ends.length > 1 ? parse(ends[1], image.getStackSize()) : first;
            copy = new Duplicator().run(image, Math.max(1, first), Math.min(image.getStackSize(), last));
        } else {
            copy = new Duplicator().crop(image);
        }
        if (roi != null && image.getRoi() == null) {
            image.setRoi(roi);
        }
        copy.setTitle(title);
        copy.show();
    }

    private static boolean hasFlag(String options, String flag) {
        return (" " + options + " ").matches("(?s).*\\s" + flag + "\\s.*");
    }

    private static int parse(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
