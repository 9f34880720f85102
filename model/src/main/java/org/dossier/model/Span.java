package org.dossier.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an article's cleaned text: the
 * indices of a Java {@code String}, so {@code text.substring(start, end)} is the spanned text.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The spanned text; throws if the span does not fit in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
