package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an article's publication date came from. */
public enum PublishedSource {
    /** Given by the input's metadata: a sidecar, a JSON key, HTML meta tags or JSON-LD. */
    METADATA,
    /** Read from the article's own text, such as a dateline or a "Status:" line. */
    TEXT,
    /** Derived indirectly, such as from the dates the text mentions. */
    INFERRED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
