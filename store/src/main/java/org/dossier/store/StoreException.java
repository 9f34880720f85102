package org.dossier.store;

/** The workspace could not be read or written (disk, lock, corrupt or too new a database). Keeps its cause. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
