package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dossier.app.web.RawHttp;
import org.dossier.app.web.WebServer;
import org.dossier.app.web.WorkspaceRepository;
import org.dossier.model.DossierJson;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The seed workspace served on a random port, checked as a user and an outside tool would: the
 * API's shapes against dossier/v1, search, a hostile POST, the pages in headless Chromium, the
 * listening address and path traversal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeSeedsIT {

    @TempDir
    static Path tmp;
    static Workspace workspace;
    static WorkspaceRepository repository;
    static WebServer server;
    static ChromeDriver browser;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path ws = tmp.resolve("ws");
        CommandRun build = CommandRun.of("--workspace", ws, "build", SchemaCheck.shared().resolve("seeds"));
        assertThat(build.code()).as(build.err()).isZero();
        workspace = Workspace.open(ws);
        repository = new WorkspaceRepository(workspace, BuildPipeline.standard(2));
        server = WebServer.start(repository, "127.0.0.1", 0);
        browser = org.dossier.app.web.BrowserAccess.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (repository != null) {
            repository.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return DossierJson.mapper().readTree(r.body());
    }

    @Test
    void apiShapesAreDossierV1() throws Exception {
        JsonNode stories = json("/api/stories");
        assertThat(stories.size()).isGreaterThanOrEqualTo(1);
        ObjectNode dossier = DossierJson.mapper().createObjectNode();
        dossier.put("format", "dossier/v1").put("generatedAt", "2026-01-01T00:00:00Z");
        ArrayNode articles = dossier.putArray("articles");
        ArrayNode full = dossier.putArray("stories");
        int articleCount = 0;
        for (JsonNode s : stories) {
            assertThat(s.has("outlets") && s.has("languages") && s.has("articleCount")).isTrue();
            JsonNode story = json("/api/stories/" + s.get("id").asText());
            full.add(story);
            for (JsonNode id : story.get("articleIds")) {
                articles.add(json("/api/articles/" + id.asText()));
                articleCount++;
            }
            assertThat(story.get("articleIds").size()).isEqualTo(s.get("articleCount").asInt());
        }
        // The hostile-POST test runs last (unordered tests come first), so only the five seeds are here.
        assertThat(articleCount).isEqualTo(5);
        assertThat(SchemaCheck.violations(dossier.toString())).isEmpty();
        assertThat(get("/api/stories/s-missing").statusCode()).isEqualTo(404);
    }

    @Test
    void storyPageLinksToEveryRelatedStory() throws Exception {
        List<String> links = new ArrayList<>();
        for (JsonNode s : json("/api/stories")) {
            String id = s.get("id").asText();
            JsonNode related = json("/api/stories/" + id).path("related");
            String page = get("/stories/" + id).body();
            for (JsonNode r : related) {
                String href = "href=\"/stories/" + r.get("storyId").asText() + "\"";
                assertThat(page).contains("Related stories").contains(href);
                links.add(href);
            }
        }
        // The seeds hold two meetings of one coalition: some story has a related one.
        assertThat(links).isNotEmpty();
    }

    @Test
    void searchFindsPassagesInTheSeeds() throws Exception {
        JsonNode hits = json("/api/search?q=Sahel");
        assertThat(hits.size()).isGreaterThan(0);
        for (JsonNode hit : hits) {
            assertThat(hit.get("snippet").asText()).isNotBlank();
            assertThat(hit.has("score") && hit.has("storyId") && hit.has("articleId")).isTrue();
        }
        // An entity hit has no passage; the best hit that has one points at the word in the article's text.
        List<JsonNode> passages = new ArrayList<>();
        hits.forEach(hit -> {
            if (hit.has("start")) {
                passages.add(hit);
            }
        });
        assertThat(passages).as("hits with a passage").isNotEmpty();
        JsonNode first = passages.get(0);
        String text = json("/api/articles/" + first.get("articleId").asText()).get("text").asText();
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt())).containsIgnoringCase("sahel");
        assertThat(get("/api/search?q=%28unbalanced").statusCode()).isEqualTo(400);
    }

    @Test
    void storyPageCitationOpensTheHighlightedPassage() throws Exception {
        JsonNode stories = json("/api/stories");
        String biggest = null;
        int most = 0;
        for (JsonNode s : stories) {
            if (s.get("articleCount").asInt() > most) {
                most = s.get("articleCount").asInt();
                biggest = s.get("id").asText();
            }
        }
        browser.get(url("/stories/" + biggest));
        List<WebElement> cites = browser.findElements(By.cssSelector("a.cite"));
        assertThat(cites).isNotEmpty();
        String href = cites.get(0).getAttribute("href");
        cites.get(0).click();
        WebElement mark = browser.findElement(By.id("hl"));
        assertThat(mark.isDisplayed()).isTrue();
        // The highlighted passage is exactly the cited span of the article's cleaned text.
        String query = URI.create(href).getQuery();
        String[] span = query.substring(query.indexOf("hl=") + 3).split("-");
        String articleId = URI.create(href).getPath().substring("/articles/".length());
        String text = json("/api/articles/" + articleId).get("text").asText();
        String cited = text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1]));
        assertThat(normalise(mark.getText())).isEqualTo(normalise(cited));
    }

    @Test
    void searchPageShowsResults() {
        browser.get(url("/search"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("coalition Rome", Keys.ENTER);
        assertThat(browser.findElements(By.cssSelector("li.hit"))).isNotEmpty();
        browser.findElements(By.cssSelector("li.hit a")).get(0).click();
        assertThat(browser.getCurrentUrl()).containsAnyOf("/articles/", "/entities/");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void hostileArticlePostedThroughTheApiStaysText() throws Exception {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String body = DossierJson.mapper().createObjectNode()
                .put("title", "Hostile " + payload).put("outlet", "Evil " + payload)
                .put("published", "2021-06-28")
                .put("text", "Foreign ministers met in Rome. " + payload + " They agreed to act in Africa.").toString();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/articles")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode ids = DossierJson.mapper().readTree(created.body());
        String id = ids.get("id").asText();
        assertThat(ids.get("storyId").asText()).startsWith("s-");
        for (String path : List.of("/articles/" + id, "/stories/" + ids.get("storyId").asText(), "/",
                "/search?q=hostile")) {
            browser.get(url(path));
            assertThat(browser.findElements(By.tagName("script"))).as(path).isEmpty();
            assertThat(browser.findElements(By.tagName("img"))).as(path).isEmpty();
            assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        }
        assertThat(browser.getPageSource()).doesNotContain("<script>alert");

        HttpResponse<String> malformed = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/articles")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": 3")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        HttpResponse<String> noText = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/articles")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"no body\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noText.statusCode()).isEqualTo(400);
    }

    @Test
    void listensOnLoopbackOnlyAndServesNothingOutsideItsFolders() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> !n.getName().startsWith("lo"))
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        // Without a network interface, another loopback address: a server bound to every address
        // would answer there too (Linux routes all of 127.0.0.0/8 to the loopback interface).
        InetAddress elsewhere = external.orElse(InetAddress.getByName("127.0.0.2"));
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(elsewhere, server.port()), 2_000);
            }
        }).as("connecting at " + elsewhere).isInstanceOf(ConnectException.class);
        for (String raw : List.of("/static/../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/articles/..%2f..%2fetc%2fpasswd")) {
            String response = RawHttp.get(server.port(), raw);
            assertThat(response).as(raw).doesNotContain("root:x:").doesNotStartWith("HTTP/1.1 200");
        }
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
