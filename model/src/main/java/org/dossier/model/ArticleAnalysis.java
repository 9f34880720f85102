package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the annotators found in one article. Entity ids here are local to the article;
 * story consolidation merges entities across articles and gives them story-wide ids.
 */
public record ArticleAnalysis(String articleId, List<Entity> entities, List<TimeExpression> times,
                              List<Quote> quotes, List<Claim> claims) {

    public ArticleAnalysis {
        Objects.requireNonNull(articleId, "articleId");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    public static ArticleAnalysis empty(String articleId) {
        return new ArticleAnalysis(articleId, List.of(), List.of(), List.of(), List.of());
    }
}
