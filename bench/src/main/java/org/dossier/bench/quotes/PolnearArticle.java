package org.dossier.bench.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with the attributions of one annotator.
 *
 * @param name         file name without extension
 * @param text         the article text, as in the corpus
 * @param attributions every attribution relation of the annotation
 */
public record PolnearArticle(String name, String text, List<Attribution> attributions) {

    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
    }

    /** A character range {@code [start, end)} of the text. */
    public record Fragment(int start, int end) {
        public Fragment {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad fragment: start=" + start + ", end=" + end);
            }
        }
    }

    /**
     * One attribution relation: what was attributed (content), to whom (source, possibly absent),
     * by which words (cue). Each part may be discontinuous.
     */
    public record Attribution(List<Fragment> content, List<Fragment> source, List<Fragment> cue) {
        public Attribution {
            content = List.copyOf(content);
            source = List.copyOf(source);
            cue = List.copyOf(cue);
        }
    }
}
