package io.github.parallaxlayers.imagej;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.TextComponent;
import java.awt.Window;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Under a display, any modal dialog that a test does not expect (an error, a question) would block the test
 * forever. The watchdog polls the open windows, hands the dialogs a test expects to its handler, and closes
 * every other dialog, recording its title and text so the test can fail with the message.
 */
final class DialogWatchdog implements AutoCloseable {
    private final Predicate<Dialog> handler;
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    /** Dialogs already handed over: on a loaded machine one may still show at the next poll, and must not count twice. */
    private final java.util.Set<Dialog> seen = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private final Thread thread;
    private volatile boolean running = true;

    /** @param handler returns true when it took care of the dialog (for example pressed OK) */
    DialogWatchdog(Predicate<Dialog> handler) {
        this.handler = handler;
        this.thread = new Thread(this::watch, "dialog-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            for (Window window : Window.getWindows()) {
                if (window instanceof Dialog dialog && dialog.isShowing() && dialog.isModal() && seen.add(dialog)) {
                    if (!handler.test(dialog)) {
                        unexpected.add(dialog.getTitle() + ": " + text(dialog));
                        EventQueue.invokeLater(dialog::dispose);
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
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
