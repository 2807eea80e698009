package dev.moons.cli;

/** A user error: the message is a one-line reason naming the value and what is allowed. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
