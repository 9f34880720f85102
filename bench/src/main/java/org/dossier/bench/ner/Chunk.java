package org.dossier.bench.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An entity chunk {@code [start, end)} of one document, with a CoNLL type (PER, ORG, LOC, MISC). The
 * offsets count tokens for a CoNLL corpus and characters (UTF-16 code units of the text) for a
 * corpus of character spans ({@link SpanDocument}); a scorer only ever compares chunks of one kind.
 */
public record Chunk(int start, int end, String type) {

    /** Whether the two ranges share at least one position. */
    public boolean overlaps(Chunk other) {
        return start < other.end && other.start < end;
    }

    /**
     * The chunks no longer chunk overlaps, as a flat tagger can give them: longest first, then the
     * earliest, then by type, each kept unless it overlaps one already kept. Returned in text order.
     */
    public static List<Chunk> outermost(Collection<Chunk> chunks) {
        List<Chunk> bySize = new ArrayList<>(chunks);
        bySize.sort(Comparator.comparingInt((Chunk c) -> c.start - c.end).thenComparingInt(Chunk::start)
                .thenComparing(Chunk::type));
        List<Chunk> kept = new ArrayList<>();
        for (Chunk c : bySize) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Chunk::start));
        return List.copyOf(kept);
    }
}
