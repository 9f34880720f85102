package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.Problem;

/**
 * The input of one build: files and folders read by the ingestor ({@link #files}), or articles
 * already read, such as one posted to the server ({@link #of}). The contract is the ingestor's: a
 * deterministic order, articles handed over as they are read, bad input reported as problems and
 * skipped, values ignored (a stated date that is no date) reported as warnings.
 */
@FunctionalInterface
public interface ArticleSource {

    /**
     * Hands every article to {@code articles}, every skipped input to {@code problems} and every
     * input read with a change (a value ignored, an encoding guessed, control characters removed) to
     * {@code warnings}, in order.
     */
    void read(Consumer<Article> articles, Consumer<Problem> problems, Consumer<Problem> warnings);

    /** The articles {@code ingestor} reads under {@code roots}, folders recursively, in a fixed order. */
    static ArticleSource files(Ingestor ingestor, List<Path> roots) {
        Objects.requireNonNull(ingestor, "ingestor");
        List<Path> inputs = List.copyOf(roots);
        return (articles, problems, warnings) -> ingestor.read(inputs, articles, problems, warnings);
    }

    /** {@code articles} as they are, in the order given; nothing is read from disk. */
    static ArticleSource of(List<Article> articles) {
        List<Article> given = List.copyOf(articles);
        return (sink, problems, warnings) -> given.forEach(sink);
    }
}
