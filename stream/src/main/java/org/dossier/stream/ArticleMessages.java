package org.dossier.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;

/**
 * The value of an article message: an article object of the {@code .json} input format ({@code text}
 * or {@code html}, and any of {@code url}, {@code outlet}, {@code title}, {@code published},
 * {@code language}). {@code dossier publish} adds what its readers settled, keys the input format
 * ignores: {@code id}, {@code file} and {@code publishedSource}. With them the article is the one a
 * build of the same file stores, its text taken as already cleaned; without them the message is read
 * as a posted {@code .json} file would be, its id the hash of its bytes. Stateless and thread-safe.
 */
final class ArticleMessages {

    /** The ids the ingest readers give: {@code a-} and 16 hex digits. */
    private static final Pattern ID = Pattern.compile("a-[0-9a-f]{16}");

    private static final ObjectMapper MAPPER = DossierJson.mapper();

    private final Ingestor ingestor = new Ingestor();
    private final int maxBytes;

    /** @param maxBytes the largest value read; a longer one is refused as too large */
    ArticleMessages(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The message value of {@code article}: compact JSON, UTF-8. */
    static byte[] encode(Article article) {
        ObjectNode object = MAPPER.createObjectNode();
        object.put("id", article.id());
        object.put("file", article.file());
        object.put("url", article.url());
        object.put("outlet", article.outlet());
        object.put("title", article.title());
        object.put("published", article.published());
        object.put("publishedSource", article.publishedSource() == null ? null : article.publishedSource().json());
        object.put("language", article.language());
        object.put("text", article.text());
        return DossierJson.compact(object).getBytes(StandardCharsets.UTF_8);
    }

    /** What one message holds: an article, or the reason it holds none. */
    record Decoded(Article article, String reason) {
        Decoded {
            if ((article == null) == (reason == null)) {
                throw new IllegalArgumentException("an article or a reason, not both or neither");
            }
        }
    }

    /**
     * The article {@code value} holds, or why it holds none: no value, too large, not a JSON object,
     * no text. {@code label} names the message in warnings.
     */
    Decoded decode(String label, byte[] value, List<Problem> warnings) {
        Objects.requireNonNull(label, "label");
        if (value == null) {
            return new Decoded(null, "no value");
        }
        if (value.length > maxBytes) {
            return new Decoded(null, "too large: " + value.length + " bytes, more than " + maxBytes);
        }
        List<Article> articles = new ArrayList<>(1);
        List<Problem> problems = new ArrayList<>(1);
        ingestor.readObject(label, value, articles::add, problems::add, warnings::add);
        if (!problems.isEmpty()) {
            return new Decoded(null, problems.get(0).message());
        }
        if (articles.size() != 1) {
            return new Decoded(null, "no article in the message");
        }
        return new Decoded(asPublished(articles.get(0), value), null);
    }

    /** {@code read} with the id, file, date source and text a publisher gave, when it gave an id. */
    private static Article asPublished(Article read, byte[] value) {
        JsonNode object;
        try {
            object = MAPPER.readTree(value);
        } catch (IOException e) {
            // The ingestor has just read it as an object.
            throw new IllegalStateException("article object read twice differently", e);
        }
        String id = text(object, "id");
        if (id == null || !ID.matcher(id).matches()) {
            return read;
        }
        String source = text(object, "publishedSource");
        PublishedSource publishedSource = read.publishedSource();
        if (read.published() == null) {
            publishedSource = null;
        } else if (source != null) {
            for (PublishedSource s : PublishedSource.values()) {
                if (s.json().equals(source.toLowerCase(Locale.ROOT))) {
                    publishedSource = s;
                }
            }
        }
        String text = text(object, "text");
        return new Article(id, text(object, "file"), read.url(), read.outlet(), read.title(), read.language(),
                read.published(), publishedSource, text == null || text.isBlank() ? read.text() : text, null);
    }

    private static String text(JsonNode object, String key) {
        JsonNode node = object.get(key);
        return node == null || !node.isTextual() ? null : node.asText();
    }
}
