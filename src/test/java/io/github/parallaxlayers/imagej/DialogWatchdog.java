package io.github.parallaxlayers.imagej;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.TextComponent;
import java.awt.Window;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Under a display, any modal dialog that a test does not expect (an error, a question) would block the test
 * forever. The watchdog polls the open windows, hands the dialogs a test expects to its handler, and closes
 * every other dialog, recording its title and text so the test can fail with the message.
 */
final class DialogWatchdog implements AutoCloseable {
    /**
     * A dialog is handed over only once it has been showing this long: AWT shows a modal dialog's window before the
     * showing thread enters its modal loop, and a dialog closed in between leaves that thread waiting for ever (seen
     * once in CommandDialogsTest, a full run hung on the Point Mask dialog).
     */
    private static final long SETTLE_MS = 250;
    /** A dialog still showing this long after it was handled is handled again ({@link #again}). */
    private static final long RETRY_MS = 3000;

    private final Predicate<Dialog> handler;
    private final Consumer<Dialog> again;
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    /** Each showing dialog seen so far; weak, as dialogs come and go. Only the watchdog's thread touches it. */
    private final Map<Dialog, Sighting> sightings = new WeakHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param handler returns true when it took care of the dialog (for example pressed OK) */
    DialogWatchdog(Predicate<Dialog> handler) {
        this(handler, dialog -> { });
    }

    /**
     * @param handler returns true when it took care of the dialog (for example pressed OK); called once per dialog
     * @param again   what to do with an expected dialog that is still showing {@link #RETRY_MS} after the handler
     *                took care of it (for example press OK again); unexpected ones are closed again
     */
    DialogWatchdog(Predicate<Dialog> handler, Consumer<Dialog> again) {
        this.handler = handler;
        this.again = again;
        this.thread = new Thread(this::watch, "dialog-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            long now = System.currentTimeMillis();
            for (Window window : Window.getWindows()) {
                if (window instanceof Dialog dialog && dialog.isShowing() && dialog.isModal()) {
                    look(dialog, now);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** When a dialog was first seen showing, when it was last handled (0: not yet), and whether it was expected. */
    private static final class Sighting {
        final long first;
        long handled;
        boolean expected;

        Sighting(long first) {
            this.first = first;
        }
    }

    private void look(Dialog dialog, long now) {
        Sighting sighting = sightings.computeIfAbsent(dialog, d -> new Sighting(now));
        if (sighting.handled == 0) {
            if (now - sighting.first < SETTLE_MS) {
                return;
            }
            sighting.handled = now;
            sighting.expected = handler.test(dialog);
            if (!sighting.expected) {
                unexpected.add(dialog.getTitle() + ": " + text(dialog));
                EventQueue.invokeLater(dialog::dispose);
            }
        } else if (now - sighting.handled >= RETRY_MS) {
            sighting.handled = now;
            if (sighting.expected) {
                again.accept(dialog);
            } else {
                EventQueue.invokeLater(dialog::dispose);
            }
        }
    }

    List<String> unexpectedDialogs() {
        return List.copyOf(unexpected);
    }

    static String text(Container container) {
        StringBuilder sb = new StringBuilder();
        for (Component c : container.getComponents()) {
            if (c instanceof ij.gui.MultiLineLabel multi) {
                sb.append(multiLineText(multi)).append(' ');
            } else if (c instanceof Label label) {
                sb.append(label.getText()).append(' ');
            } else if (c instanceof TextComponent text) {
                sb.append(text.getText()).append(' ');
            } else if (c instanceof Container inner) {
                sb.append(text(inner));
            }
        }
        return sb.toString().trim();
    }

    /** The text of IJ.error's message (ImageJ keeps it in a package-private field). */
    private static String multiLineText(ij.gui.MultiLineLabel label) {
        try {
            java.lang.reflect.Field lines = ij.gui.MultiLineLabel.class.getDeclaredField("lines");
            lines.setAccessible(true);
            return String.join(" ", (String[]) lines.get(label));
        } catch (ReflectiveOperationException e) {
            return "(message unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
