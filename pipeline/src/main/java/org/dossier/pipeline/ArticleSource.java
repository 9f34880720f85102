package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.dossier.model.Article;
import org.dossier.model.Problem;

/**
 * Where a build's articles come from; {@code new Ingestor()::read} in the product. The contract is
 * the ingestor's: a deterministic order, articles handed over as they are read, bad input reported
 * as problems and skipped.
 */
@FunctionalInterface
public interface ArticleSource {

    void read(List<Path> roots, Consumer<Article> articles, Consumer<Problem> problems);
}
