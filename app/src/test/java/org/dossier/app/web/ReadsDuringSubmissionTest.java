package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.DossierJson;
import org.dossier.model.PublishedSource;
import org.dossier.pipeline.ArticleSource;
import org.dossier.pipeline.BuildListener;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.store.BuildStats;
import org.dossier.store.BuildTransaction;
import org.dossier.store.Workspace;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's reads run on a connection of their own: while a submission's build holds the
 * workspace, GETs answer at once, with what the last committed build left.
 */
class ReadsDuringSubmissionTest {

    private static final String TEXT = "The harbour council approved a new ferry timetable on Thursday evening. "
            + "Two early crossings will be added on weekdays from April.";
    private static final Duration PROMPT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPT).build();

    private static BuildPipeline pipeline(CountDownLatch analysing, CountDownLatch release) {
        return new BuildPipeline(() -> article -> {
            analysing.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ArticleAnalysis.empty(article.id());
        }, new EventClusterer(), new StoryConsolidator(), 1);
    }

    private HttpResponse<String> get(WebServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(PROMPT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Article stored(String id) {
        return new Article(id, null, null, "Harbour Gazette", "Ferry timetable " + id, "en", "2023-03-03",
                PublishedSource.METADATA, TEXT, null);
    }

    @Test
    void getsAnswerWhileASubmissionIsBeingBuilt() throws Exception {
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (Workspace workspace = Workspace.open(dir.resolve("ws"))) {
            new BuildPipeline(() -> article -> ArticleAnalysis.empty(article.id()), new EventClusterer(),
                    new StoryConsolidator(), 1)
                    .build(workspace, ArticleSource.of(List.of(stored("a-0001"))), BuildListener.NONE);
            try (WorkspaceRepository repository = new WorkspaceRepository(workspace, pipeline(analysing, release));
                 WebServer server = WebServer.start(repository, "127.0.0.1", 0)) {
                String body = DossierJson.mapper().createObjectNode().put("title", "Ferry timetable posted")
                        .put("text", TEXT + " The operator agreed.").toString();
                CompletableFuture<HttpResponse<String>> posted = http.sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(analysing.await(30, TimeUnit.SECONDS)).as("the submission's build is running").isTrue();

                JsonNode stories = DossierJson.mapper().readTree(get(server, "/api/stories").body());
                String storyId = stories.get(0).get("id").asText();
                assertThat(stories).hasSize(1);
                assertThat(get(server, "/api/articles/a-0001").statusCode()).isEqualTo(200);
                assertThat(get(server, "/stories/" + storyId).statusCode()).isEqualTo(200);
                assertThat(DossierJson.mapper().readTree(get(server, "/api/search?q=ferry").body())).isNotEmpty();
                assertThat(posted).isNotDone();

                release.countDown();
                HttpResponse<String> created = posted.get(30, TimeUnit.SECONDS);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                String id = DossierJson.mapper().readTree(created.body()).get("id").asText();
                assertThat(get(server, "/api/articles/" + id).statusCode()).as("committed, so seen").isEqualTo(200);
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void readsSeeOnlyCommittedBuilds() throws Exception {
        try (Workspace workspace = Workspace.open(dir.resolve("ws"));
             WorkspaceRepository repository = new WorkspaceRepository(workspace, null);
             WebServer server = WebServer.start(repository, "127.0.0.1", 0)) {
            try (BuildTransaction build = workspace.beginBuild("open")) {
                Article pending = stored("a-pending");
                build.addArticle(pending, ArticleAnalysis.empty(pending.id()));

                assertThat(get(server, "/api/articles/a-pending").statusCode()).isEqualTo(404);
                assertThat(get(server, "/api/search?q=ferry").body()).isEqualTo("[]");

                build.commit("done", new BuildStats(1, 1, 1, 0, 0, 0));
            }
            assertThat(get(server, "/api/articles/a-pending").statusCode()).isEqualTo(200);
        }
    }
}
