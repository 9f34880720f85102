package org.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dossier.ingest.text.TextDecoder;
import org.dossier.ingest.text.UndecodableTextException;
import org.dossier.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (WARC 1.0 or 1.1, whole or gzipped record by record, as Common Crawl's news
 * archive is) with jwarc. The archive is streamed, one record at a time, so its size is bounded by
 * the disk, not the heap. Each {@code response} record of an HTTP 200 answer whose payload is an
 * HTML page becomes one article: its target URI is the url, the record's date the capture date (the
 * publication date's last resort), the charset of the HTTP {@code Content-Type} is honoured, and a
 * compressed or chunked payload is decoded. Every other record (requests, metadata, revisits,
 * redirects, images, scripts) is passed over without a word. The record's position among the
 * archive's records (1, 2...) stands for the line in problems. A page larger than
 * {@link ArticleReader#MAX_FILE_BYTES}, or binary, is reported and skipped; a damaged or truncated
 * archive is reported where it breaks, and the pages before it are kept. An article's id hashes its
 * url and payload, so the same page captured twice with the same content is one article. Stateless
 * and thread-safe.
 */
final class WebArchiveReader {

    private WebArchiveReader() {
    }

    static void read(String label, Path path, byte[] sidecarBytes, Metadata sidecar, Consumer<RawArticle> articles,
                     Consumer<Problem> problems) throws IOException {
        int number = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(path)) {
            reader.onWarning(w -> { });
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    problems.accept(new Problem(label, number == 0 ? null : Integer.toString(number + 1),
                            "damaged web archive, read up to here: " + describe(e)));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        if (page(label, number, response, sidecarBytes, sidecar, articles, problems)) {
                            pages++;
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.accept(new Problem(label, Integer.toString(number),
                                "unreadable response record: " + describe(e)));
                    }
                }
            }
        }
        if (number == 0) {
            problems.accept(new Problem(label, null, "not a web archive: no WARC records"));
        } else if (pages == 0) {
            problems.accept(new Problem(label, null, "a web archive without HTML pages (" + number + " records)"));
        }
    }

    /** Hands on the article of {@code response} if it is an HTML page; true when it was one. */
    private static boolean page(String label, int number, WarcResponse response, byte[] sidecarBytes,
                                Metadata sidecar, Consumer<RawArticle> articles, Consumer<Problem> problems)
            throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return false;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return false;
        }
        Optional<String> header = http.headers().first("Content-Type");
        MediaType type = header.map(MediaType::parseLeniently).orElse(null);
        if (!isHtml(type)) {
            return false;
        }
        String where = Integer.toString(number);
        byte[] payload;
        try (InputStream in = http.bodyDecoded().stream()) {
            payload = in.readNBytes((int) ArticleReader.MAX_FILE_BYTES + 1);
        }
        if (payload.length > ArticleReader.MAX_FILE_BYTES) {
            problems.accept(new Problem(label, where, "page larger than the " + ArticleReader.MAX_FILE_BYTES
                    + " bytes read as one article, skipped"));
            return true;
        }
        if (payload.length == 0) {
            problems.accept(new Problem(label, where, "empty page"));
            return true;
        }
        try {
            TextDecoder.requireNotBinary(payload);
        } catch (UndecodableTextException e) {
            problems.accept(new Problem(label, where, e.getMessage()));
            return true;
        }
        String url = response.target();
        byte[] said = (url + "\u0000").getBytes(StandardCharsets.UTF_8);
        byte[] own = new byte[said.length + payload.length];
        System.arraycopy(said, 0, own, 0, said.length);
        System.arraycopy(payload, 0, own, said.length, payload.length);
        String id = ArticleIds.of(own, sidecarBytes);
        Metadata metadata = new Metadata(url, null, null, null, null).or(sidecar);
        String captured = response.date() == null ? null : response.date().toString();
        articles.accept(new RawArticle(label, number, id,
                new ArticleBody.HtmlBytes(payload, type == null ? null : type.parameters().get("charset")),
                metadata, captured));
        return true;
    }

    /**
     * An HTML page: {@code text/html} or XHTML; a response without a {@code Content-Type} is taken
     * for what most servers send, a page.
     */
    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return true;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
