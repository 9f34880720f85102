package org.dossier.bench.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lead baseline of a summary: the first sentences of each article, taken in turn (every
 * article's first sentence, then every second one, ...) until a word budget is spent; the last
 * sentence is cut to fit. Sentences are the text's lines split after a stop followed by a space.
 */
public final class LeadBaseline {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private LeadBaseline() {
    }

    /** The baseline text of {@code words} words from {@code articles} (texts in story order). */
    public static String of(List<String> articles, int words) {
        List<List<String>> sentences = new ArrayList<>();
        for (String text : articles) {
            List<String> list = new ArrayList<>();
            for (String line : text.split("\\R")) {
                for (String s : SENTENCE_END.split(line.strip())) {
                    if (!s.isBlank()) {
                        list.add(s.strip());
                    }
                }
            }
            sentences.add(list);
        }
        List<String> out = new ArrayList<>();
        int left = words;
        for (int round = 0; left > 0; round++) {
            boolean any = false;
            for (List<String> list : sentences) {
                if (round >= list.size() || left <= 0) {
                    continue;
                }
                any = true;
                List<String> w = words(list.get(round));
                List<String> part = w.subList(0, Math.min(left, w.size()));
                out.add(String.join(" ", part));
                left -= part.size();
            }
            if (!any) {
                break;
            }
        }
        return String.join("\n", out);
    }

    /** White-space separated words. */
    public static List<String> words(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
