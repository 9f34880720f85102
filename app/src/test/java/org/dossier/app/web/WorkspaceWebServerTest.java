package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.pipeline.BuildReport;
import org.dossier.store.Workspace;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a real workspace, built from the bundled examples by the real ingestor, clusterer
 * and consolidator (the analysis finds nothing, so no model loads), read through the real
 * repository: SQLite and the search index, not the in-memory stand-in of {@link WebServerTest}.
 */
class WorkspaceWebServerTest {

    @TempDir
    static Path dir;
    static Workspace workspace;
    static WorkspaceRepository repository;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        workspace = Workspace.open(dir.resolve("ws"));
        BuildReport report = new BuildPipeline(() -> article -> ArticleAnalysis.empty(article.id()),
                new EventClusterer(), new StoryConsolidator(), 1)
                .build(workspace, List.of(Path.of("..", "examples")), BuildListener.NONE);
        assertThat(report.problems()).isEmpty();
        repository = new WorkspaceRepository(workspace, null);
        server = WebServer.start(repository, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        repository.close();
        workspace.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storyListIsTheWorkspacesStoriesWithTheirArticles() throws Exception {
        HttpResponse<String> r = get("/api/stories");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = DossierJson.mapper().readTree(r.body());

        List<Story> stored = workspace.stories();
        assertThat(stored).isNotEmpty();
        List<String> listed = new ArrayList<>();
        int articles = 0;
        for (JsonNode s : list) {
            listed.add(s.get("id").asText() + " " + s.get("articleCount").asInt() + " " + s.get("title").asText());
            articles += s.get("articleCount").asInt();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(stored.stream()
                .map(s -> s.id() + " " + s.articleIds().size() + " " + s.title()).toList());
        // Nine articles in the examples (six files, three lines of the feed), each in one story.
        assertThat(articles).isEqualTo(9).isEqualTo(workspace.articleCount());
        // Each story's outlets and languages are those of its articles.
        for (JsonNode s : list) {
            List<org.dossier.model.Article> members = workspace.articlesOf(s.get("id").asText());
            List<String> outlets = new ArrayList<>();
            s.get("outlets").forEach(o -> outlets.add(o.asText()));
            List<String> languages = new ArrayList<>();
            s.get("languages").forEach(l -> languages.add(l.asText()));
            assertThat(outlets).isEqualTo(members.stream().map(org.dossier.model.Article::outlet)
                    .filter(java.util.Objects::nonNull).distinct().sorted().toList());
            assertThat(languages).isEqualTo(members.stream().map(org.dossier.model.Article::language)
                    .distinct().sorted().toList());
        }
        assertThat(list).anySatisfy(s -> assertThat(s.get("outlets").size()).isGreaterThan(1));
    }

    @Test
    void aStoryPageShowsItsTitleAndLinksEachOfItsArticles() throws Exception {
        Story biggest = workspace.stories().stream()
                .max(Comparator.comparingInt((Story s) -> s.articleIds().size())).orElseThrow();
        assertThat(biggest.articleIds()).as("the examples report the Porto cod deal in several outlets")
                .hasSizeGreaterThan(1);

        HttpResponse<String> page = get("/stories/" + biggest.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains(Html.escape(biggest.title()));
        for (String id : biggest.articleIds()) {
            assertThat(page.body()).contains("href=\"/articles/" + id);
            Article article = workspace.article(id).orElseThrow();
            HttpResponse<String> api = get("/api/articles/" + id);
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(DossierJson.mapper().readTree(api.body()).get("text").asText()).isEqualTo(article.text());
        }
        assertThat(get("/stories/s-none").statusCode()).isEqualTo(404);
    }
}
