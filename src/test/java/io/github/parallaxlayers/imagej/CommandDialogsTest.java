package io.github.parallaxlayers.imagej;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.process.ColorProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.event.ActionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import io.github.parallaxlayers.headless.HeadlessImageJ;

/**
 * Every command in plugins.config, run from the menu as an artist would (no options, a plate open), shows its own
 * dialog — built without errors, every choice with a valid default — and leaves quietly when cancelled.
 */
@Tag("display")
class CommandDialogsTest {
    /** Not dialog commands: a toolbar tool, the Layer Manager window, the About message (AboutCommandTest). */
    private static final List<String> NOT_DIALOGS = List.of("Point Mask Tool", "Layer Manager",
            "About Parallax Layers");

    @BeforeAll
    static void needsDisplay() {
        String display = System.getenv("DISPLAY");
        assumeFalse(GraphicsEnvironment.isHeadless() || display == null || display.isBlank(),
                "needs a display: run the tests under xvfb-run (scripts/test.sh)");
        if (IJ.getInstance() == null) {
            new ImageJ(ImageJ.NO_SHOW);
        }
        HeadlessImageJ.registerCommands();
    }

    @AfterAll
    static void closeImages() {
        if (!GraphicsEnvironment.isHeadless()) {
            WindowManager.closeAllWindows();
        }
    }

    @Test
    void everyCommandShowsItsDialogAndCancelsQuietly() throws Exception {
        ImagePlus plate = new ImagePlus("plate", new ColorProcessor(64, 48));
        plate.show();
        IJ.wait(300);
        List<String> shown = new CopyOnWriteArrayList<>();
        List<String> failures = new ArrayList<>();
        try (DialogWatchdog watchdog = new DialogWatchdog(dialog -> {
            if (!(dialog instanceof GenericDialog gd)) {
                return false;
            }
            shown.add(gd.getTitle());
            cancel(gd);
            return true;
        }, dialog -> cancel((GenericDialog) dialog))) {
            for (String command : commands()) {
                if (NOT_DIALOGS.contains(command)) {
                    continue;
                }
                WindowManager.setCurrentWindow(plate.getWindow());
                int before = shown.size();
                try {
                    IJ.run(command);
                } catch (RuntimeException e) {
                    // IJ.run, unlike a menu click, reports a cancelled dialog by aborting its "macro".
                    if (!ij.Macro.MACRO_CANCELED.equals(e.getMessage())) {
                        failures.add(command + " threw " + e);
                    }
                }
                if (shown.size() != before + 1 || !command.equals(shown.get(shown.size() - 1))) {
                    failures.add(command + " showed " + shown.subList(before, shown.size()));
                }
            }
            assertEquals(List.of(), watchdog.unexpectedDialogs(), "no error dialogs");
        }
        assertEquals(List.of(), failures);
    }

    private static void cancel(GenericDialog gd) {
        EventQueue.invokeLater(() -> gd.actionPerformed(
                new ActionEvent(gd.getButtons()[1], ActionEvent.ACTION_PERFORMED, "Cancel")));
    }

    private static List<String> commands() throws IOException {
        List<String> commands = new ArrayList<>();
        try (InputStream in = CommandDialogsTest.class.getResourceAsStream("/plugins.config")) {
            Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                commands.add(m.group(1));
            }
        }
        return commands;
    }
}
