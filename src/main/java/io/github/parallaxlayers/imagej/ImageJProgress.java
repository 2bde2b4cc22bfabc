package io.github.parallaxlayers.imagej;

import ij.IJ;
import io.github.parallaxlayers.core.ProgressListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Progress on ImageJ's status bar; Esc cancels. Windows of this plugin (the Layer Manager) can also watch it, to
 * show the progress of the steps they started in their own bar.
 */
final class ImageJProgress implements ProgressListener {
    /** Told of every command's progress: the command's title, the fraction done (0–1) and the message or null. */
    interface Watcher {
        void progress(String command, double fraction, String message);
    }

    private static final List<Watcher> WATCHERS = new CopyOnWriteArrayList<>();
    private final String title;

    ImageJProgress(String title) {
        this.title = title;
    }

    static void watch(Watcher watcher) {
        WATCHERS.add(watcher);
    }

    static void unwatch(Watcher watcher) {
        WATCHERS.remove(watcher);
    }

    @Override
    public void progress(double fraction, String message) {
        IJ.showProgress(fraction);
        if (message != null) {
            IJ.showStatus(title + ": " + message);
        }
        for (Watcher w : WATCHERS) {
            w.progress(title, fraction, message);
        }
    }

    @Override
    public boolean isCancelled() {
        return IJ.escapePressed();
    }
}
