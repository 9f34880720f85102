package org.dossier.analyze.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;

/**
 * Which way an expression like "on Monday" or "in February" points from the publication date, read
 * from the verbs and cue words nearest to it in its sentence.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final int WINDOW = 15;
    private static final Set<String> FUTURE_CUES = Set.of("will", "'ll", "shall", "wo", "upcoming", "forthcoming",
            "scheduled", "tomorrow");
    private static final Set<String> PAST_AUX = Set.of("has", "have", "had", "was", "were", "'ve", "'d", "been");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "be", "'s", "'re");

    /** The tense governing the characters {@code [start, end)} of {@code doc}, UNKNOWN if no verb is near. */
    static Tense at(NlpDocument doc, int start, int end) {
        List<Token> tokens = doc.tokens();
        int first = firstTokenAt(tokens, start);
        if (first < 0) {
            return UNKNOWN;
        }
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        Sentence sentence = doc.sentences().get(tokens.get(first).sentence());
        for (int d = 1; d <= WINDOW; d++) {
            int left = first - d;
            if (left >= sentence.firstToken()) {
                Tense t = of(tokens, left);
                if (t != UNKNOWN) {
                    return t;
                }
            }
            int right = last + d;
            if (right < sentence.endToken()) {
                Tense t = of(tokens, right);
                if (t != UNKNOWN) {
                    return t;
                }
            }
        }
        return UNKNOWN;
    }

    private static Tense of(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (FUTURE_CUES.contains(word)) {
            return FUTURE;
        }
        String pos = t.pos() == null ? "" : t.pos();
        switch (pos) {
            case "VBD":
                return PAST;
            case "VBN":
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    String aux = tokens.get(k).text().toLowerCase(Locale.ROOT);
                    if (PAST_AUX.contains(aux)) {
                        return PAST;
                    }
                    if (PRESENT_AUX.contains(aux)) {
                        return PRESENT;
                    }
                }
                return PAST;
            case "VBZ":
            case "VBP":
                return "say".equals(t.lemma()) ? UNKNOWN : PRESENT;
            default:
                return UNKNOWN;
        }
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                found = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return found;
    }
}
