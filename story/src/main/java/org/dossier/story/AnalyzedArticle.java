package org.dossier.story;

import java.util.Objects;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;

/** An article with the facts found in it. */
public record AnalyzedArticle(Article article, ArticleAnalysis analysis) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(analysis, "analysis");
        if (!article.id().equals(analysis.articleId())) {
            throw new IllegalArgumentException("analysis of " + analysis.articleId() + " for " + article.id());
        }
    }
}
