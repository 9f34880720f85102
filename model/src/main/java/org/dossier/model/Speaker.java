package org.dossier.model;

import java.util.Objects;

/** Who a quotation is attributed to; {@code entityId} is null when no entity was resolved. */
public record Speaker(String entityId, String name) {

    public Speaker {
        Objects.requireNonNull(name, "name");
    }
}
