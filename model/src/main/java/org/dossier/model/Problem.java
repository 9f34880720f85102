package org.dossier.model;

import java.util.Objects;

/**
 * Bad input that was reported and skipped.
 *
 * @param source the file (or other input) it concerns
 * @param where  a line number or other position inside it, or null
 * @param message what is wrong, for the user
 */
public record Problem(String source, String where, String message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + (where == null ? "" : ":" + where) + ": " + message;
    }
}
