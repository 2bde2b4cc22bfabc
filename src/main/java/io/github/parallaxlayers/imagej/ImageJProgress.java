package io.github.parallaxlayers.imagej;

import ij.IJ;
import io.github.parallaxlayers.core.ProgressListener;

/** Progress on ImageJ's status bar; Esc cancels. */
record ImageJProgress(String title) implements ProgressListener {
    @Override
    public void progress(double fraction, String message) {
        IJ.showProgress(fraction);
        if (message != null) {
            IJ.showStatus(title + ": " + message);
        }
    }

    @Override
    public boolean isCancelled() {
        return IJ.escapePressed();
    }
}
