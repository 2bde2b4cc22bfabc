package io.github.parallaxlayers.batch;

/** What a batch tells its caller: notes, each finished plate with the progress so far, and whether to stop. */
public interface BatchListener {
    /** A note for the user: what is skipped, retried, cleaned up. */
    void message(String line);

    void plateFinished(PlateRecord row, BatchProgress progress);

    /** Polled while plates run; true stops the batch, and its running plates stay pending. */
    default boolean isCancelled() {
        return false;
    }
}
