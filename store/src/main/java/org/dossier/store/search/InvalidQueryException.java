package org.dossier.store.search;

/** A query the index will not run: unreadable, of a refused syntax, or too complex. The message says why. */
public final class InvalidQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidQueryException(String message) {
        super(message);
    }
}
