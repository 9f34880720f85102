package org.dossier.analyze;

import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;

/** Runs every annotator over one article. Implementations are thread-safe and share loaded models. */
public interface ArticleAnalyzer {

    /** All facts found in {@code article}; never mutates it. */
    ArticleAnalysis analyze(Article article);
}
