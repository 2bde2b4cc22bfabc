package io.github.parallaxlayers.core;

/**
 * Bad input from the user: the message says what is wrong and how to fix it, in one or two sentences,
 * and is shown as it is (never with a stack trace).
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
