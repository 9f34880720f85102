package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed articles read through the facade, with their sidecars and without them. */
class IngestorSeedsTest {

    private final Ingestor ingestor = new Ingestor();

    @Test
    void seedsWithSidecarsTakeDateAndOutletFromMetadata() throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        // The folder also holds a README (Markdown, which would be read as an article): name the texts.
        ingestor.read(Seeds.texts(), articles::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(5);
        for (Article article : articles) {
            JsonNode sidecar = sidecarOf(Path.of(article.file()));
            assertThat(article.published()).as(article.file()).isEqualTo(sidecar.get("published").asText());
            assertThat(article.publishedSource()).isEqualTo(PublishedSource.METADATA);
            assertThat(article.outlet()).isEqualTo(sidecar.get("outlet").asText());
            assertThat(article.url()).isEqualTo(sidecar.has("url") ? sidecar.get("url").asText() : null);
            // The seeds are English translations; "originalLanguage" is not the article's language.
            assertThat(article.language()).isEqualTo("en");
            assertThat(article.id()).matches("a-[0-9a-f]{16}");
            assertThat(article.text()).isNotBlank();
        }
        assertThat(articles).extracting(Article::file).isSorted();
    }

    @Test
    void seedsWithoutSidecarsTakeTheDateFromTheirStamps(@TempDir Path dir) throws IOException {
        for (Path seed : Seeds.texts()) {
            Files.copy(seed, dir.resolve(seed.getFileName()));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Article> byPrefix = read(dir, problems).stream()
                .collect(Collectors.toMap(a -> Path.of(a.file()).getFileName().toString().substring(0, 3), Function.identity()));

        assertThat(problems).isEmpty();
        assertThat(byPrefix.get("001").published()).isEqualTo("2020-06-04");
        assertThat(byPrefix.get("001").publishedSource()).isEqualTo(PublishedSource.TEXT);
        assertThat(byPrefix.get("003").published()).isEqualTo("2021-06-28T04:30");
        assertThat(byPrefix.get("003").publishedSource()).isEqualTo(PublishedSource.TEXT);
        // The others state no date of their own; body mentions such as "On Monday 28 June" do not count.
        for (String undated : List.of("000", "002", "004")) {
            assertThat(byPrefix.get(undated).published()).as(undated).isNull();
            assertThat(byPrefix.get(undated).publishedSource()).as(undated).isNull();
        }
        assertThat(byPrefix.values()).extracting(Article::language).containsOnly("en");
    }

    @Test
    void idsAreStableAndChangeWithTheSidecar(@TempDir Path dir) throws IOException {
        Path seed = Seeds.text("003");
        Path copy = Files.copy(seed, dir.resolve(seed.getFileName()));
        String withoutSidecar = single(copy).id();
        assertThat(single(copy).id()).isEqualTo(withoutSidecar);

        Path sidecar = dir.resolve(seed.getFileName().toString().replace(".txt", ".meta.json"));
        Files.writeString(sidecar, "{\"published\": \"2021-06-28\"}");
        String withSidecar = single(copy).id();
        Files.writeString(sidecar, "{\"published\": \"2021-06-29\"}");
        String withCorrectedSidecar = single(copy).id();

        assertThat(List.of(withoutSidecar, withSidecar, withCorrectedSidecar)).doesNotHaveDuplicates();
        assertThat(single(copy).id()).isEqualTo(withCorrectedSidecar);
    }

    @Test
    void readingTheSameInputTwiceGivesEqualArticles() {
        List<Article> first = new ArrayList<>();
        List<Article> second = new ArrayList<>();
        ingestor.read(Seeds.texts(), first::add, p -> { });
        new Ingestor().read(Seeds.texts(), second::add, p -> { });
        assertThat(second).isEqualTo(first);
    }

    @Test
    void oneInstanceServesSeveralThreads() throws Exception {
        List<Article> sequential = new ArrayList<>();
        ingestor.read(Seeds.texts(), sequential::add, p -> { });
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Article>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    List<Article> out = java.util.Collections.synchronizedList(new ArrayList<>());
                    ingestor.read(Seeds.texts(), out::add, p -> { });
                    return out;
                }));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void relativePathsStayRelative() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Path relative = cwd.relativize(Seeds.text("000").toAbsolutePath());
        Article article = single(relative);
        assertThat(article.file()).isEqualTo(relative.toString());
        assertThat(Path.of(article.file()).isAbsolute()).isFalse();
    }

    private Article single(Path file) {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = read(file, problems);
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private List<Article> read(Path root, List<Problem> problems) {
        List<Article> articles = new ArrayList<>();
        ingestor.read(List.of(root), articles::add, problems::add);
        return articles;
    }

    private static JsonNode sidecarOf(Path text) throws IOException {
        String name = text.getFileName().toString().replace(".txt", ".meta.json");
        return DossierJson.mapper().readTree(Files.readString(text.resolveSibling(name)));
    }
}
