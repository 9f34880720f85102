package org.dossier.bench.ner;

/** An entity chunk: tokens {@code [start, end)} of one document, with a CoNLL type (PER, ORG, LOC, MISC). */
public record Chunk(int start, int end, String type) {
}
