package org.dossier.analyze.time;

import java.util.Objects;

/** A TimeML type and value; value is null when the expression cannot be placed. */
record Normalised(String type, String value) {

    Normalised {
        Objects.requireNonNull(type, "type");
    }

    static Normalised date(String value) {
        return new Normalised("DATE", value);
    }
}
