package org.dossier.analyze.quote;

import java.util.List;
import org.dossier.analyze.nlp.Token;

/** Offsets helpers: tokens by character position, paragraph (line) bounds. */
final class Texts {

    private Texts() {
    }

    /** Index of the first token starting at or after {@code pos}; {@code tokens.size()} if none. */
    static int tokenAtOrAfter(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Start of the line holding {@code pos}. */
    static int paragraphStart(String text, int pos) {
        return text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    }

    /** End (exclusive, the newline's index) of the line holding {@code pos}. */
    static int paragraphEnd(String text, int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }
}
