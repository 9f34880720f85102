package org.dossier.ingest.html;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Main-text and metadata extraction from a saved web page (jsoup). Malformed HTML never throws:
 * the parser repairs what it can, and a page without an article yields empty text. Thread-safe
 * and stateless.
 */
public final class HtmlExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlExtractor.class);

    /** Bounds the parse-error list jsoup keeps; the errors themselves are not needed here. */
    private static final int MAX_PARSE_ERRORS = 0;

    /**
     * Extracts from raw bytes, honouring the charset the page declares (byte-order mark,
     * {@code <meta charset>}, {@code http-equiv} Content-Type), UTF-8 otherwise.
     *
     * @param baseUrl the page's address, used for relative links and as its URL when the page
     *                names none; may be null
     */
    public ExtractedPage extract(byte[] html, String baseUrl) {
        return extract(html, baseUrl, null);
    }

    /**
     * As {@link #extract(byte[], String)}, for a page whose transport (an HTTP {@code Content-Type})
     * names the charset {@code transportCharset} (may be null): a byte-order mark wins over it, it
     * wins over what the page declares.
     */
    public ExtractedPage extract(byte[] html, String baseUrl, String transportCharset) {
        Objects.requireNonNull(html, "html");
        Charset charset = CharsetSniffer.sniff(html, transportCharset);
        return extract(new String(html, charset), baseUrl);
    }

    /** Extracts from already-decoded HTML; see {@link #extract(byte[], String)}. */
    public ExtractedPage extract(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        try {
            Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS);
            Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl, parser);
            PageMetadata meta = MetadataReader.read(doc, baseUrl);
            String text = ContentExtractor.extract(doc, meta);
            return new ExtractedPage(meta.title(), text, meta.published(), meta.author(), meta.outlet(), meta.url(),
                    meta.language(), meta.dateWarnings());
        } catch (RuntimeException bug) {
            // The contract is that no page makes extraction fail; a page that finds a bug in it
            // yields no text rather than stopping a whole ingest run.
            LOG.warn("extraction failed for {}", baseUrl, bug);
            return new ExtractedPage(null, "", null, null, null, baseUrl, null, List.of());
        }
    }
}
