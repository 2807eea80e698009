package dev.moons.data;

/** A data file that cannot be used: the message is one line naming the file, the line and the reason. */
public final class DataFileException extends Exception {
    public DataFileException(String message) {
        super(message);
    }
}
