package org.dossier.bench.ner;

import java.util.List;
import java.util.Objects;

/**
 * A document of a corpus annotated by character offsets (FactRuEval, NEREL): its text as the
 * corpus gives it and its gold mentions as character chunks into that text, flat and in text order.
 */
public record SpanDocument(String id, String text, List<Chunk> gold) {

    public SpanDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (Chunk c : gold) {
            if (c.start() < 0 || c.end() > text.length() || c.end() <= c.start()) {
                throw new IllegalArgumentException("mention " + c + " outside the text of " + id + " ("
                        + text.length() + " characters)");
            }
        }
    }

    /** The text a chunk of this document covers. */
    public String cover(Chunk c) {
        return text.substring(c.start(), c.end());
    }
}
