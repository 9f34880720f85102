package org.dossier.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.PublishedSource;

/**
 * Test access to the shared seed articles and bench sets, read in place from {@code ../shared}
 * (never copied into the project). The seeds are used raw here: annotators must cope with noise.
 */
public final class SeedArticles {

    /** The five seed articles' file stems. */
    public static final java.util.List<String> SEEDS = java.util.List.of("000_261515ad708b2a44",
            "001_3f2330664d5f2acb", "002_f9ca6fa413811794", "003_a2f742a56d34091d", "004_ec1c472087426295");

    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*\"([^\"]+)\"");

    private SeedArticles() {
    }

    public static Path shared() {
        String dir = System.getProperty("dossier.shared", "../../shared");
        return Path.of(dir);
    }

    /** A seed by file stem, e.g. {@code 002_f9ca6fa413811794}, dated from its sidecar. */
    public static Article seed(String stem) {
        Path dir = shared().resolve("seeds");
        try {
            String text = Files.readString(dir.resolve(stem + ".txt"), StandardCharsets.UTF_8);
            String meta = Files.readString(dir.resolve(stem + ".meta.json"), StandardCharsets.UTF_8);
            Matcher m = PUBLISHED.matcher(meta);
            String published = m.find() ? m.group(1) : null;
            return new Article("a-" + stem, stem + ".txt", null, null, null, "en", published,
                    published == null ? null : PublishedSource.METADATA, text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String id, String text, String published) {
        return new Article(id, null, null, null, null, "en", published,
                published == null ? null : PublishedSource.METADATA, text, null);
    }
}
