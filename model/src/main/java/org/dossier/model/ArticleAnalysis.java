package org.dossier.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the annotators found in one article. Entity ids here are local to the article;
 * story consolidation merges entities across articles and gives them story-wide ids.
 *
 * @param dateline the dateline that opens the report, giving the place it was filed from, or null
 *                 when the article has none (or was analysed before datelines were read: stored
 *                 analyses without the field read back with null); see {@link #datelineIfAny()}
 * @param ner      which named-entity tagger the article's language received: {@code corenlp-en},
 *                 {@code corenlp-de}, {@code corenlp-fr}, {@code corenlp-es}, {@code corenlp-ru}, or
 *                 {@code none} when the language has no model and entities come from the alias
 *                 knowledge alone; null when not recorded (analyses stored before the field read
 *                 back with null)
 */
public record ArticleAnalysis(String articleId, List<Entity> entities, List<TimeExpression> times,
                              List<Quote> quotes, List<Claim> claims, Dateline dateline, String ner) {

    public ArticleAnalysis {
        Objects.requireNonNull(articleId, "articleId");
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** An analysis that does not record its NER. */
    public ArticleAnalysis(String articleId, List<Entity> entities, List<TimeExpression> times,
                           List<Quote> quotes, List<Claim> claims, Dateline dateline) {
        this(articleId, entities, times, quotes, claims, dateline, null);
    }

    /** An analysis without a dateline. */
    public ArticleAnalysis(String articleId, List<Entity> entities, List<TimeExpression> times,
                           List<Quote> quotes, List<Claim> claims) {
        this(articleId, entities, times, quotes, claims, null, null);
    }

    /** The dateline, when the article opens with one. */
    public Optional<Dateline> datelineIfAny() {
        return Optional.ofNullable(dateline);
    }

    public static ArticleAnalysis empty(String articleId) {
        return new ArticleAnalysis(articleId, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** Which NER the article received, when recorded. */
    public Optional<String> nerIfAny() {
        return Optional.ofNullable(ner);
    }
}
