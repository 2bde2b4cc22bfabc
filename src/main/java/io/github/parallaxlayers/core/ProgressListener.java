package io.github.parallaxlayers.core;

/**
 * How a long-running algorithm reports progress and learns that the user cancelled. Algorithms call
 * {@link #checkCancelled()} between units of work, so cancelling never leaves a half-written result.
 */
public interface ProgressListener {

    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction done so far, 0 to 1 */
    void progress(double fraction, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A view of this listener that maps its progress into [from, to], for one stage of a longer job. */
    default ProgressListener stage(double from, double to) {
        ProgressListener outer = this;
        return new ProgressListener() {
            @Override
            public void progress(double fraction, String message) {
                outer.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
