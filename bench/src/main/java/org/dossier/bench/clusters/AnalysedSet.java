package org.dossier.bench.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.story.AnalyzedArticle;

/**
 * A labelled set read the way {@code dossier build} reads it (its objects written as {@code .jsonl}
 * and read back by the {@link Ingestor}) and analysed by the standard analysis, with each article's
 * gold event and cross-validation group. Analyses are kept in a cache folder, keyed by a hash of the
 * input and of the product's analysis version, so training and stage-alone evaluation do not run
 * CoreNLP again on the same text; a build-level evaluation never uses the cache.
 */
public record AnalysedSet(String name, List<AnalyzedArticle> articles, Map<String, String> eventOf,
                          Map<String, String> groupOf) {

    public AnalysedSet {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
        eventOf = Map.copyOf(eventOf);
        groupOf = Map.copyOf(groupOf);
    }

    /** Reads and analyses {@code set}, using and filling the cache folder {@code cache} (null: none). */
    public static AnalysedSet of(EventSet set, Path cache, int threads) throws IOException {
        Path work = Files.createTempDirectory("dossier-eventset");
        try {
            Path input = work.resolve(set.name() + ".jsonl");
            set.writeJsonLines(input);
            Map<String, EventSet.Item> byUrl = new LinkedHashMap<>();
            set.items().forEach(i -> byUrl.put(i.url(), i));
            List<Article> read = new ArrayList<>();
            new Ingestor().read(List.of(input), read::add, p -> {
                throw new IllegalStateException("set " + set.name() + ": " + p);
            });
            Path cached = cache == null ? null : cache.resolve(set.name() + "-" + hash(input) + ".jsonl");
            List<AnalyzedArticle> analysed = cached != null && Files.isRegularFile(cached)
                    ? readCache(cached) : analyse(read, threads);
            if (cached != null && !Files.isRegularFile(cached)) {
                writeCache(cached, analysed);
            }
            Map<String, String> event = new LinkedHashMap<>();
            Map<String, String> group = new LinkedHashMap<>();
            for (AnalyzedArticle a : analysed) {
                EventSet.Item item = byUrl.get(a.article().url());
                if (item == null) {
                    throw new IllegalStateException("set " + set.name() + ": article without its url " + a.article().id());
                }
                event.put(a.article().id(), item.event());
                group.put(a.article().id(), item.group());
            }
            return new AnalysedSet(set.name(), analysed, event, group);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The default cache folder: {@code $DOSSIER_EVAL_CACHE}, else {@code dossier-eval-cache} in the temp folder. */
    public static Path defaultCache() {
        String env = System.getenv("DOSSIER_EVAL_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("java.io.tmpdir"), "dossier-eval-cache");
    }

    private static List<AnalyzedArticle> analyse(List<Article> articles, int threads) {
        ArticleAnalyzer analyzer = Analyzers.standard();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<AnalyzedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> new AnalyzedArticle(a, analyzer.analyze(a))));
            }
            List<AnalyzedArticle> out = new ArrayList<>();
            for (Future<AnalyzedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<AnalyzedArticle> readCache(Path file) throws IOException {
        ObjectMapper json = DossierJson.mapper();
        List<AnalyzedArticle> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                out.add(new AnalyzedArticle(json.treeToValue(n.get("article"), Article.class),
                        json.treeToValue(n.get("analysis"), ArticleAnalysis.class)));
            }
        }
        return out;
    }

    private static void writeCache(Path file, List<AnalyzedArticle> articles) throws IOException {
        ObjectMapper json = DossierJson.mapper();
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (AnalyzedArticle a : articles) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("article", a.article());
                line.put("analysis", a.analysis());
                out.write(json.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(line));
                out.newLine();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The input's bytes and the class path's analysis jar, so a changed analysis is not read from the cache. */
    private static String hash(Path input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(input));
            String cp = System.getProperty("java.class.path", "");
            for (String entry : cp.split(java.io.File.pathSeparator)) {
                if (entry.contains("dossier-analyze") || entry.contains("dossier-ingest")
                        || entry.contains("analyze/target/classes") || entry.contains("ingest/target/classes")) {
                    Path p = Path.of(entry);
                    digest.update(entry.getBytes(StandardCharsets.UTF_8));
                    if (Files.isRegularFile(p)) {
                        digest.update(Long.toString(Files.getLastModifiedTime(p).toMillis()).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
