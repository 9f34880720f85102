package org.dossier.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * Where a fact is stated: an article and a {@link Span} of its cleaned text. Kept flat (not
 * {@code (articleId, Span)}) because that is the shape of {@code dossier/v1}, which outside tools read.
 */
public record Evidence(String articleId, int start, int end) {

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        new Span(start, end); // validates
    }

    public static Evidence of(String articleId, Span span) {
        return new Evidence(articleId, span.start(), span.end());
    }

    @JsonIgnore
    public Span span() {
        return new Span(start, end);
    }
}
