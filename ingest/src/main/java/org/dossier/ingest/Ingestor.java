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
 * {@code .json} (one object), {@code .jsonl} (one object per line), {@code .rss}/{@code .atom}/
 * {@code .xml} (a saved RSS or Atom feed, one article per item), each with an optional
 * {@code NAME.meta.json} sidecar. Decisions a caller can rely on:
 * <ul>
 *   <li><b>text and title</b>: {@code text} is the cleaned body (paragraphs joined by a blank line,
 *       section subheadings kept); the headline is never part of it, it is the {@code title}.</li>
 *   <li><b>precedence</b>: keys of a JSON object, then the sidecar, then a web page's own metadata,
 *       then what the text shows (headline line, date stamp or dateline).</li>
 *   <li><b>ids</b>: {@code a-} and 16 hex digits of SHA-256 over the article's bytes (a
 *       {@code .jsonl} line without its line break), a zero byte and the sidecar's bytes if any.</li>
 *   <li><b>language</b>: metadata, else detected among de, en, es, fr, it, nl, pl, pt, ru, uk,
 *       else the language a web page declares, else {@code en} (a text without letters).</li>
 *   <li><b>encodings</b>: text is UTF-8 (a byte order mark is dropped), UTF-16 with a byte order
 *       mark, or, when the bytes are not valid UTF-8, the legacy encoding ICU's detector finds most
 *       likely (windows-1252, ISO-8859-x, KOI8-R...), a guess of low confidence being a warning.
 *       Web pages follow the charset they declare.</li>
 *   <li><b>control characters</b>: a few stray ones (C0 but tab, line feed, carriage return and
 *       form feed; NUL included) are removed before cleaning, with a warning. Binary content (a
 *       PDF, ZIP, image... signature, many NULs or a high share of control characters) is a
 *       problem whatever the file's extension.</li>
 *   <li><b>bad input</b>: each unreadable file, {@code .jsonl} line or feed item is one {@link Problem} with
 *       the path as given (and the line number) and is skipped; the rest is read.</li>
 *   <li><b>bad values</b>: a stated publication date that is no date (an impossible day or time,
 *       a year outside 0000-9999) in a JSON key, a sidecar or a page's metadata is a warning (a
 *       {@link Problem} with the path, line and key) and is ignored; the article is read.</li>
 * </ul>
 * Thread-safe: one instance may serve several threads.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final ArticleAssembler assembler = new ArticleAssembler(new HtmlExtractor());

    /** Reads as {@link #read(List, Consumer, Consumer, Consumer)} does, for a caller that wants no warnings. */
    public void read(List<Path> roots, Consumer<Article> articles, Consumer<Problem> problems) {
        read(roots, articles, problems, warning -> { });
    }

    /**
     * Reads every article under {@code roots} (folders recursively) in a deterministic order,
     * handing each to {@code articles} as soon as it is read, so large inputs stream. Bad input is
     * reported to {@code problems} and skipped; a bad value that is ignored is reported to
     * {@code warnings}. This method throws only for programming errors.
     */
    public void read(List<Path> roots, Consumer<Article> articles, Consumer<Problem> problems,
                     Consumer<Problem> warnings) {
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(warnings, "warnings");
        InputFinder.find(roots, file -> ArticleReader.read(file, raw -> accept(raw, articles, problems, warnings),
                problems, warnings), problems);
    }

    /**
     * Reads one article object given in memory (a submission to the server, say) as a {@code .json}
     * file holding these bytes, without a sidecar, would be read: the same id, text and metadata.
     * The article has no file; {@code label} names the input in problems and warnings only. Bad
     * input is one problem, a bad value ignored is a warning; this method throws only for
     * programming errors.
     */
    public void readObject(String label, byte[] json, Consumer<Article> articles, Consumer<Problem> problems,
                           Consumer<Problem> warnings) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(warnings, "warnings");
        Consumer<Article> fromNoFile = a -> articles.accept(new Article(a.id(), null, a.url(), a.outlet(), a.title(),
                a.language(), a.published(), a.publishedSource(), a.text(), a.duplicateOf()));
        ArticleReader.readObject(label, json, raw -> accept(raw, fromNoFile, problems, warnings), problems, warnings);
    }

    private void accept(RawArticle raw, Consumer<Article> articles, Consumer<Problem> problems,
                        Consumer<Problem> warnings) {
        ArticleAssembler.Result result;
        try {
            result = assembler.assemble(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours on one odd input must not cost the user the rest of the run.
            LOG.warn("article {} of {} (line {}) could not be assembled", raw.id(), raw.file(), raw.where(), e);
            problems.accept(new Problem(raw.file(), raw.where(), "internal error while reading this article: " + e));
            return;
        }
        result.warnings().forEach(warnings);
        if (result.article() != null) {
            articles.accept(result.article());
        } else {
            problems.accept(result.problem());
        }
    }
}
