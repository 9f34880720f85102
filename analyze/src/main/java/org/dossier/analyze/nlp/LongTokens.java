package org.dossier.analyze.nlp;

import java.util.Arrays;

/**
 * Masks runs of non-space characters too long to be a word (a pasted blob, base64, a minified
 * script): each of their characters becomes a space, so CoreNLP's tokeniser, whose cost grows
 * faster than linearly in the length of one token, never sees them, while every UTF-16 offset into
 * the text stays exact. A masked run yields no token and no fact.
 */
public final class LongTokens {

    /** The longest run of non-space characters passed on as it is. */
    public static final int MAX_CHARS = 1_000;

    private LongTokens() {
    }

    /** {@code text} with every run of more than {@link #MAX_CHARS} non-space characters blanked; same length. */
    public static String mask(String text) {
        char[] chars = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i - start > MAX_CHARS) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                Arrays.fill(chars, start, i, ' ');
            }
        }
        return chars == null ? text : new String(chars);
    }

    // Surrogates are never spaces, so a pair is never split between a run and its neighbour.
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
