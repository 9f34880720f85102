package org.dossier.ingest.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Control characters that text never means to hold: C0 controls but tab, line feed, carriage
 * return and form feed, and DEL. One of them in an article is a stray (a copy from a terminal, a
 * {@code \u0000} in a JSON export) and is removed; many of them mark binary content. Stateless.
 */
public final class ControlCharacters {

    /** More NULs than this, or more stray controls making over {@link #BINARY_PERCENT}%, is binary. */
    static final int TOLERATED = 8;
    /** Share of the characters, in percent, above which more than {@link #TOLERATED} controls mark binary content. */
    static final int BINARY_PERCENT = 1;
    /** Share, in percent, above which even two controls mark binary content: a short file mostly of them. */
    static final int SHORT_BINARY_PERCENT = 10;

    private ControlCharacters() {
    }

    /** Whether {@code c} is a control character text does not hold. */
    public static boolean isStray(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    /** {@code text} without its stray control characters, and a warning saying what went; empty if none. */
    public static Removal remove(String text) {
        int count = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isStray(text.charAt(i))) {
                count++;
                first = first < 0 ? text.charAt(i) : first;
            }
        }
        if (count == 0) {
            return new Removal(text, Optional.empty());
        }
        StringBuilder kept = new StringBuilder(text.length() - count);
        for (int i = 0; i < text.length(); i++) {
            if (!isStray(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        String warning = "removed " + count + " stray control character" + (count == 1 ? "" : "s")
                + " (" + (count == 1 ? "" : "the first ") + String.format(Locale.ROOT, "U+%04X", first) + ")";
        return new Removal(kept.toString(), Optional.of(warning));
    }

    /**
     * Why {@code text} looks binary rather than text with a few strays, or empty: more than
     * {@link #TOLERATED} NULs, more than that many stray controls making over
     * {@link #BINARY_PERCENT}% of it, or two or more making over {@link #SHORT_BINARY_PERCENT}%.
     * One stray alone is never binary, however short the text.
     */
    static Optional<String> binaryReason(CharSequence text) {
        int nuls = 0;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStray(c)) {
                controls++;
                nuls += c == 0 ? 1 : 0;
            }
        }
        return reason(nuls, controls, text.length());
    }

    /** As {@link #binaryReason(CharSequence)}, on bytes of an ASCII-compatible encoding. */
    static Optional<String> binaryReason(byte[] bytes) {
        int nuls = 0;
        int controls = 0;
        for (byte b : bytes) {
            if (isStray(b & 0xFF)) {
                controls++;
                nuls += b == 0 ? 1 : 0;
            }
        }
        return reason(nuls, controls, bytes.length);
    }

    private static Optional<String> reason(int nuls, int controls, int length) {
        if (nuls > TOLERATED) {
            return Optional.of("binary content: " + nuls + " NUL characters");
        }
        long percentTimesLength = (long) controls * 100;
        if (controls > TOLERATED && percentTimesLength > (long) length * BINARY_PERCENT
                || controls >= 2 && percentTimesLength > (long) length * SHORT_BINARY_PERCENT) {
            return Optional.of("binary content: " + controls + " control characters that text does not contain, "
                    + (controls * 100L / Math.max(1, length)) + "% of it");
        }
        return Optional.empty();
    }

    /** A text with its stray controls removed, and the warning to give if any were. */
    public record Removal(String text, Optional<String> warning) {
    }
}
