package org.dossier.analyze.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.analyze.WordLists;
import org.dossier.analyze.nlp.NlpDocument;
import org.dossier.analyze.nlp.Sentence;
import org.dossier.analyze.nlp.Token;

/**
 * Which way an expression like "on Monday" or "in February" points from the publication date, read
 * from the verbs and cue words nearest to it in its sentence. The cue words are those of the
 * article's language, from {@code tense/LANG.txt} ({@link WordLists}); a language without a file
 * has none, and only the tagger's verb tenses speak.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final int WINDOW = 15;
    private static final Set<String> SECTIONS = Set.of("future cues", "infinitive markers", "before infinitive",
            "past auxiliaries", "present auxiliaries", "present speech verbs");

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
        WordLists cues = WordLists.of(Tense.class, "tense", doc.language(), SECTIONS);
        for (int d = 1; d <= WINDOW; d++) {
            int left = first - d;
            if (left >= sentence.firstToken()) {
                Tense t = of(tokens, left, cues);
                if (t != UNKNOWN) {
                    return t;
                }
            }
            int right = last + d;
            if (right < sentence.endToken()) {
                Tense t = of(tokens, right, cues);
                if (t != UNKNOWN) {
                    return t;
                }
            }
        }
        return UNKNOWN;
    }

    private static Tense of(List<Token> tokens, int i, WordLists cues) {
        Token t = tokens.get(i);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (cues.words("future cues").contains(word)) {
            return FUTURE;
        }
        String pos = t.pos() == null ? "" : t.pos();
        // "is to resume Tuesday", "set to meet Monday": an infinitive points ahead.
        if (cues.words("infinitive markers").contains(word) && i > 0 && i + 1 < tokens.size()
                && "VB".equals(tokens.get(i + 1).pos())
                && cues.words("before infinitive").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return FUTURE;
        }
        switch (pos) {
            case "VBD":
                return PAST;
            case "VBN":
                for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                    String aux = tokens.get(k).text().toLowerCase(Locale.ROOT);
                    if (cues.words("past auxiliaries").contains(aux)) {
                        return PAST;
                    }
                    if (cues.words("present auxiliaries").contains(aux)) {
                        return PRESENT;
                    }
                }
                return PAST;
            case "VBZ":
            case "VBP":
                boolean reports = t.lemma() != null && cues.words("present speech verbs").contains(t.lemma());
                return reports ? UNKNOWN : PRESENT;
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
