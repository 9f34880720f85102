package org.dossier.story.consolidate;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Evidence;

/**
 * One sentence of an article's cleaned text.
 *
 * @param articleId the article it belongs to
 * @param language  the article's language code ({@link Cues#language()}: empty when it has no cues)
 * @param index     its position among the article's sentences, from 0
 * @param start     first UTF-16 offset, inclusive
 * @param end       last UTF-16 offset, exclusive
 * @param text      {@code articleText.substring(start, end)}
 * @param lineStart true when it begins a line (paragraph or heading)
 * @param lineEnd   true when it ends a line
 */
record TextSentence(String articleId, String language, int index, int start, int end, String text, boolean lineStart,
                    boolean lineEnd) {

    TextSentence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    Evidence evidence() {
        return new Evidence(articleId, start, end);
    }

    boolean contains(Evidence e) {
        return e.articleId().equals(articleId) && start <= e.start() && e.end() <= end;
    }

    boolean overlaps(Evidence e) {
        return e.articleId().equals(articleId) && start < e.end() && e.start() < end;
    }

    /** A whole line on its own: a heading, a dateline, a breadcrumb, or a one-sentence paragraph. */
    boolean wholeLine() {
        return lineStart && lineEnd;
    }

    /** The cues of the sentence's language. */
    Cues cues() {
        return Cues.of(language);
    }

    List<String> words() {
        return Words.tokens(text);
    }
}
