package io.github.parallaxlayers.core;

/** Thrown when the user cancels a running algorithm; nothing partial is kept. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled by the user.");
    }
}
