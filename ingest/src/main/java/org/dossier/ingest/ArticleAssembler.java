package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.ingest.date.MetadataDates;
import org.dossier.ingest.date.TextDates;
import org.dossier.ingest.html.ExtractedPage;
import org.dossier.ingest.html.HtmlExtractor;
import org.dossier.ingest.lang.LanguageIdentifier;
import org.dossier.ingest.source.ArticleBody;
import org.dossier.ingest.source.Metadata;
import org.dossier.ingest.source.RawArticle;
import org.dossier.ingest.text.CleanedText;
import org.dossier.ingest.text.ControlCharacters;
import org.dossier.ingest.text.PlainTextCleaner;
import org.dossier.model.Article;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;

/**
 * Turns a {@link RawArticle} into an {@link Article}: HTML to text, furniture removed, headline,
 * publication date and language settled. Precedence, most trusted first:
 * <ul>
 *   <li>title, url, outlet, published: the input's metadata (JSON keys, then the sidecar), then
 *       the page's own metadata for HTML, then what the text shows (headline line, date stamp or
 *       dateline, with {@code publishedSource} "text"), then, for a page from a web archive, the
 *       day it was captured (an upper bound, {@code publishedSource} "inferred"); otherwise null.</li>
 *   <li>language: the input's metadata, then detection on the cleaned text, then the language the
 *       page declares, then "en" when the text holds nothing to detect (no letters).</li>
 * </ul>
 * Thread-safe.
 */
final class ArticleAssembler {

    /** Used when neither metadata nor the text tells the language: the product's main reading language. */
    static final String FALLBACK_LANGUAGE = "en";

    private final HtmlExtractor html;

    ArticleAssembler(HtmlExtractor html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** The article, or the problem that keeps {@code raw} from being one, with what was ignored on the way. */
    Result assemble(RawArticle raw) {
        Metadata metadata = raw.metadata();
        List<Problem> warnings = new ArrayList<>();
        String pageLanguage = null;
        CleanedText cleaned;
        ArticleBody body = raw.body();
        if (body instanceof ArticleBody.Text text) {
            cleaned = PlainTextCleaner.clean(withoutControls(text.text(), raw, warnings), text.markdown());
        } else {
            ExtractedPage page;
            try {
                page = body instanceof ArticleBody.HtmlBytes bytes
                        ? html.extract(bytes.bytes(), metadata.url(), bytes.charset())
                        : html.extract(((ArticleBody.HtmlText) body).html(), metadata.url());
            } catch (RuntimeException e) {
                return Result.of(new Problem(raw.file(), raw.where(), "cannot extract the web page's text: " + e),
                        warnings);
            }
            if (page == null || page.text() == null) {
                return Result.of(new Problem(raw.file(), raw.where(), "no article text found in the web page"),
                        warnings);
            }
            page.warnings().forEach(w -> warnings.add(new Problem(raw.file(), raw.where(), w)));
            metadata = metadata.or(new Metadata(page.url(), page.outlet(), page.title(), page.published(), null));
            cleaned = PlainTextCleaner.cleanExtracted(withoutControls(page.text(), raw, warnings), metadata.title());
            pageLanguage = page.language();
        }
        if (cleaned.text().isBlank()) {
            return Result.of(new Problem(raw.file(), raw.where(),
                    "no article text found (empty, or nothing but page furniture)"), warnings);
        }
        String title = metadata.title() != null ? metadata.title() : cleaned.title();
        title = title == null ? null : ControlCharacters.remove(title).text();
        String published = null;
        PublishedSource source = null;
        Optional<String> given = MetadataDates.normalize(metadata.published());
        if (given.isPresent()) {
            published = given.get();
            source = PublishedSource.METADATA;
        } else {
            Optional<String> stated = TextDates.find(cleaned.headLines(), cleaned.firstParagraph());
            if (stated.isPresent()) {
                published = stated.get();
                source = PublishedSource.TEXT;
            } else {
                Optional<String> captured = MetadataDates.normalize(raw.captured());
                if (captured.isPresent()) {
                    published = captured.get();
                    source = PublishedSource.INFERRED;
                }
            }
        }
        String language = language(metadata.language(), cleaned.text(), pageLanguage);
        return Result.of(new Article(raw.id(), raw.file(), metadata.url(), metadata.outlet(), title, language,
                published, source, cleaned.text(), null), warnings);
    }

    private static String language(String given, String text, String declared) {
        return LanguageIdentifier.normalize(given)
                .or(() -> LanguageIdentifier.detect(text))
                .or(() -> LanguageIdentifier.normalize(declared))
                .orElse(FALLBACK_LANGUAGE);
    }

    /**
     * {@code text} without stray control characters (a {@code \u0000} escape in JSON, a control
     * byte in a web page), their removal added to {@code warnings}. Before cleaning, so the offsets
     * of the cleaned text are unaffected.
     */
    private static String withoutControls(String text, RawArticle raw, List<Problem> warnings) {
        ControlCharacters.Removal removal = ControlCharacters.remove(text);
        removal.warning().ifPresent(w -> warnings.add(new Problem(raw.file(), raw.where(), w)));
        return removal.text();
    }

    /** Either an article or a problem, and the warnings about reading it. */
    record Result(Article article, Problem problem, List<Problem> warnings) {
        Result {
            warnings = List.copyOf(warnings);
        }

        static Result of(Article article, List<Problem> warnings) {
            return new Result(Objects.requireNonNull(article, "article"), null, warnings);
        }

        static Result of(Problem problem) {
            return of(problem, List.of());
        }

        static Result of(Problem problem, List<Problem> warnings) {
            return new Result(null, Objects.requireNonNull(problem, "problem"), warnings);
        }
    }
}
