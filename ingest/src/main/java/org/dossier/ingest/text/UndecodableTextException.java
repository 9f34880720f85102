package org.dossier.ingest.text;

/** Bytes that are not text in an encoding this module reads; the message is for the user. */
public final class UndecodableTextException extends Exception {

    public UndecodableTextException(String message) {
        super(message);
    }
}
