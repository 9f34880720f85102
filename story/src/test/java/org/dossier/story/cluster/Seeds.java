package org.dossier.story.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.PublishedSource;
import org.dossier.story.AnalyzedArticle;

/** The shared seed articles, read in place and dated from their sidecars. */
public final class Seeds {

    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*\"([^\"]+)\"");

    private Seeds() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("dossier.shared", "../../shared")).resolve("seeds");
    }

    /** Every seed, by file name, as an article with id {@code a-<stem>}. */
    public static List<Article> articles() {
        try (Stream<Path> files = Files.list(dir())) {
            List<Article> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(article(p.getFileName().toString().replace(".txt", "")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String stem) {
        try {
            String text = Files.readString(dir().resolve(stem + ".txt"), StandardCharsets.UTF_8);
            String meta = Files.readString(dir().resolve(stem + ".meta.json"), StandardCharsets.UTF_8);
            Matcher m = PUBLISHED.matcher(meta);
            String published = m.find() ? m.group(1) : null;
            return new Article("a-" + stem, stem + ".txt", null, null, null, "en", published,
                    published == null ? null : PublishedSource.METADATA, text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article with no analysis: words and publication date alone. */
    public static AnalyzedArticle bare(Article a) {
        return new AnalyzedArticle(a, ArticleAnalysis.empty(a.id()));
    }

    public static Article withText(Article a, String id, String published, String text) {
        return new Article(id, null, null, null, null, a.language(), published,
                published == null ? null : PublishedSource.METADATA, text, null);
    }
}
