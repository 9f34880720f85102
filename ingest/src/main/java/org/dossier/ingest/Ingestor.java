package org.dossier.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dossier.ingest.html.HtmlExtractor;
import org.dossier.ingest.source.ArticleReader;
import org.dossier.ingest.source.InputFinder;
import org.dossier.ingest.source.RawArticle;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade of the ingest module: files and folders in, articles and problems out.
 *
 * <p>Input as the command line documents it: {@code .txt}, {@code .md}, {@code .html}/{@code .htm},
 * {@code .json} (one object), {@code .jsonl} (one object per line), each with an optional
 * {@code NAME.meta.json} sidecar. An article's {@code text} is its cleaned body without the
 * headline, which is its {@code title}. Thread-safe: one instance may serve several threads.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final ArticleAssembler assembler = new ArticleAssembler(new HtmlExtractor());

    /**
     * Reads every article under {@code roots} (folders recursively) in a deterministic order,
     * handing each to {@code articles} as soon as it is read, so large inputs stream. Bad input is
     * reported to {@code problems} and skipped; this method throws only for programming errors.
     */
    public void read(List<Path> roots, Consumer<Article> articles, Consumer<Problem> problems) {
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        InputFinder.find(roots, file -> ArticleReader.read(file, raw -> accept(raw, articles, problems), problems),
                problems);
    }

    private void accept(RawArticle raw, Consumer<Article> articles, Consumer<Problem> problems) {
        ArticleAssembler.Result result;
        try {
            result = assembler.assemble(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours on one odd input must not cost the user the rest of the run.
            LOG.warn("article {} of {} (line {}) could not be assembled", raw.id(), raw.file(), raw.where(), e);
            problems.accept(new Problem(raw.file(), raw.where(), "internal error while reading this article: " + e));
            return;
        }
        if (result.article() != null) {
            articles.accept(result.article());
        } else {
            problems.accept(result.problem());
        }
    }
}
