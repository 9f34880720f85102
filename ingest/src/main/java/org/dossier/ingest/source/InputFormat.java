package org.dossier.ingest.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file read as articles, by file name extension. */
public enum InputFormat {
    /** {@code .txt}: the text is the article; its first line may be the headline. */
    TEXT,
    /** {@code .md}: as text, with Markdown headings, links and emphasis reduced to their text. */
    MARKDOWN,
    /** {@code .html}, {@code .htm}: a saved web page. */
    HTML,
    /** {@code .json}: one article object. */
    JSON,
    /** {@code .jsonl}: one article object per line. */
    JSONL,
    /** {@code .rss}, {@code .atom}, {@code .xml}: a saved RSS or Atom feed, one article per item. */
    FEED,
    /**
     * {@code .warc}, {@code .warc.gz}: a web archive, streamed record by record; each response
     * record of an HTML page is one article.
     */
    WARC,
    /** {@code .pdf}: a PDF document, such as a press release, with a text layer. */
    PDF;

    /** The extensions read, as a user-facing list. */
    public static final String EXTENSIONS = ".txt, .md, .html, .htm, .json, .jsonl, .rss, .atom, .xml, .warc, "
            + ".warc.gz, .pdf";

    /** Suffix of a sidecar: {@code NAME.meta.json} holds metadata for {@code NAME.ext}, never an article. */
    public static final String SIDECAR_SUFFIX = ".meta.json";

    /** The format of {@code file}, or empty for sidecars and unknown extensions. */
    public static Optional<InputFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(SIDECAR_SUFFIX)) {
            return Optional.empty();
        }
        if (lower.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "txt" -> Optional.of(TEXT);
            case "md" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            case "jsonl" -> Optional.of(JSONL);
            case "rss", "atom", "xml" -> Optional.of(FEED);
            case "warc" -> Optional.of(WARC);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
