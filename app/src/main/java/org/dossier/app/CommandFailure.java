package org.dossier.app;

/** An expected failure of a command (an unknown story, a missing workspace): its message is all the user needs. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
