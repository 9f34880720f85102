package org.dossier.pipeline;

import java.util.function.Consumer;
import org.dossier.model.Problem;
import org.dossier.story.AnalyzedArticle;

/**
 * The input of a build whose articles were analysed elsewhere, such as on the executors of a
 * cluster: the contract of {@link ArticleSource}, each article handed over with its analysis, in the
 * order the same input would be read by {@link ArticleSource#files}.
 */
@FunctionalInterface
public interface AnalysedSource {

    /**
     * Hands every article with its analysis to {@code articles}, every skipped input to
     * {@code problems} and every input read with a change to {@code warnings}, in order.
     */
    void read(Consumer<AnalyzedArticle> articles, Consumer<Problem> problems, Consumer<Problem> warnings);
}
