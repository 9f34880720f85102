package org.dossier.stream;

/** A failure of the broker or of a publication; the message is for the user, the cause is kept. */
public final class StreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StreamException(String message) {
        super(message);
    }

    public StreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
