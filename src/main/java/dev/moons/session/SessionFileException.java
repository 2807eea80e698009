package dev.moons.session;

/** A session file that cannot be used; the message is one line naming the file and what is wrong. */
public final class SessionFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public SessionFileException(String message) {
        super(message);
    }

    public SessionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
