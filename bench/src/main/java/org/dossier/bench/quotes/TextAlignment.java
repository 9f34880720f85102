package org.dossier.bench.quotes;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps offsets of a cleaned text back to the text it was cleaned from, when the cleaned text is
 * the original's paragraphs (blank-line separated) kept verbatim but for trimming, line breaks
 * and runs of blanks (no-break spaces included) changed, and some paragraphs (the headline, furniture) dropped, as the
 * product's ingest cleans a plain text. Each cleaned paragraph is found in order in the original;
 * a paragraph not found there is left unaligned. Offsets are UTF-16 indices; immutable.
 */
public final class TextAlignment {

    /** Candidate places tried for one paragraph before it is given up. */
    private static final int MAX_CANDIDATES = 200;

    private final int[] toOriginal;

    private TextAlignment(int[] toOriginal) {
        this.toOriginal = toOriginal;
    }

    /** The alignment of {@code cleaned} to {@code original}. */
    public static TextAlignment of(String original, String cleaned) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(cleaned, "cleaned");
        int[] map = new int[cleaned.length()];
        Arrays.fill(map, -1);
        int cursor = 0;
        int from = 0;
        while (from < cleaned.length()) {
            int next = cleaned.indexOf("\n\n", from);
            int to = next < 0 ? cleaned.length() : next;
            int end = align(original, cleaned, from, to, cursor, map);
            if (end >= 0) {
                cursor = end;
            }
            from = next < 0 ? cleaned.length() : next + 2;
        }
        return new TextAlignment(map);
    }

    /**
     * The original span {@code [start, end)} of the cleaned span {@code [start, end)}, or null
     * when its first or last character is not aligned.
     */
    public int[] span(int start, int end) {
        if (start < 0 || end <= start || end > toOriginal.length) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end
                    + ", cleaned length " + toOriginal.length);
        }
        int s = toOriginal[start];
        int e = toOriginal[end - 1];
        return s < 0 || e < s ? null : new int[] {s, e + 1};
    }

    /** Aligns cleaned {@code [from, to)} at the first place from {@code cursor}; the original end, or -1. */
    private static int align(String original, String cleaned, int from, int to, int cursor, int[] map) {
        while (from < to && Character.isWhitespace(cleaned.charAt(from))) {
            from++;
        }
        if (from == to) {
            return -1;
        }
        int anchorEnd = from;
        while (anchorEnd < to && !Character.isWhitespace(cleaned.charAt(anchorEnd))) {
            anchorEnd++;
        }
        String anchor = cleaned.substring(from, anchorEnd);
        int tries = 0;
        for (int at = original.indexOf(anchor, cursor); at >= 0 && tries < MAX_CANDIDATES;
                at = original.indexOf(anchor, at + 1), tries++) {
            int end = walk(original, at, cleaned, from, to, map);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** Matches cleaned {@code [from, to)} at original {@code at}, blanks matching any blanks; fills map on success. */
    private static int walk(String original, int at, String cleaned, int from, int to, int[] map) {
        int[] local = new int[to - from];
        int i = from;
        int j = at;
        while (i < to) {
            if (j >= original.length()) {
                return -1;
            }
            char c = cleaned.charAt(i);
            char d = original.charAt(j);
            boolean cBlank = isBlank(c);
            boolean dBlank = isBlank(d) || d == '\uFEFF';
            if (c == d || cBlank && dBlank) {
                local[i - from] = j;
                i++;
                j++;
            } else if (dBlank && i > from && isBlank(cleaned.charAt(i - 1))) {
                j++;
            } else if (cBlank && j > at && isBlank(original.charAt(j - 1))) {
                local[i - from] = j - 1;
                i++;
            } else if (d == '<' && original.indexOf('>', j) > j) {
                // An inline tag the cleaner removed.
                j = original.indexOf('>', j) + 1;
            } else {
                return -1;
            }
        }
        System.arraycopy(local, 0, map, from, local.length);
        return j;
    }

    /** A blank, no-break spaces included: the cleaner trims them at line ends. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
