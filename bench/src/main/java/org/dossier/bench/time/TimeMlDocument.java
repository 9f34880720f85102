package org.dossier.bench.time;

import java.util.List;
import java.util.Objects;

/**
 * A TimeML document reduced to what timex scoring needs: its raw text (tags stripped) and the gold
 * TIMEX3s with offsets into that text.
 *
 * @param dct  the document creation time's value (the anchor), or null
 * @param text the content of TEXT with every tag removed and entities decoded
 */
public record TimeMlDocument(String id, String group, String dct, String text, List<GoldTimex> timexes) {

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }

    /** A gold TIMEX3: span {@code [start, end)} in the document text, type and value. */
    public record GoldTimex(int start, int end, String type, String value) {
    }
}
