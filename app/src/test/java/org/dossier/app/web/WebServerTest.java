package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.DossierJson;
import org.dossier.model.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {

    static final String TEXT = WebFixture.TEXT;

    @TempDir
    static Path dir;
    static WebServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static Article article;
    static Story story;

    @BeforeAll
    static void start() {
        article = WebFixture.ARTICLE;
        story = WebFixture.STORY;
        server = WebServer.start(WebFixture.repository(dir.resolve("index")), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storyListHasTheDocumentedShape() throws Exception {
        HttpResponse<String> r = get("/api/stories");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = DossierJson.mapper().readTree(r.body());
        assertThat(list).hasSize(1);
        JsonNode s = list.get(0);
        assertThat(s.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "title", "start", "end", "articleCount", "outlets", "languages");
        assertThat(s.get("articleCount").asInt()).isEqualTo(1);
        assertThat(s.get("languages").get(0).asText()).isEqualTo("en");
    }

    @Test
    void jsonAndErrorAnswersAreNeverSniffedAsAnotherType() throws Exception {
        for (String path : java.util.List.of("/api/stories", "/api/articles/a-none", "/api/nowhere")) {
            assertThat(get(path).headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(post("/api/articles", "{not json").headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void everyAnswerIsMarkedNosniffStaticFilesAndTheApiDescriptionIncluded() throws Exception {
        for (String path : List.of("/", "/openapi.json", "/static/app.css", "/static/none.css", "/nowhere",
                "/search?q=%22unclosed", "/api/search?q=%22unclosed", "/api/stories/s-0001")) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path + " " + r.statusCode())
                    .contains("nosniff");
        }
    }

    /** The status line, the headers (lower-cased names) and the body of a raw response. */
    private static String[] parts(String response) {
        int blank = response.indexOf("\r\n\r\n");
        return new String[] {response.substring(0, response.indexOf("\r\n")),
                response.substring(0, blank).toLowerCase(java.util.Locale.ROOT), response.substring(blank + 4)};
    }

    @Test
    void aDeclaredBodyOverTheBoundIs413WithAJsonReasonWhateverItsSize() throws Exception {
        // 2^31 bytes reads as "unknown" (-1) through an int; 3 MB is merely too large.
        for (String length : List.of("3000000", "2147483648", "9223372036854775807")) {
            for (String path : List.of("/api/articles", "/api/stories")) {
                String[] r = parts(RawHttp.send(server.port(), "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + length
                        + "\r\nConnection: close\r\n\r\n{}"));
                assertThat(r[0]).as(path + " " + length).isEqualTo("HTTP/1.1 413 Payload Too Large");
                assertThat(r[1]).contains("content-type: application/json").contains("x-content-type-options: nosniff");
                assertThat(DossierJson.mapper().readTree(r[2]).get("error").asText()).contains(length);
            }
        }
    }

    @Test
    void aRequestThatCannotBeParsedIsAJson400() throws Exception {
        for (String request : List.of(
                "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999999999999999\r\n"
                        + "Connection: close\r\n\r\n{}",
                "GET /api/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
            String[] r = parts(RawHttp.send(server.port(), request));
            assertThat(r[0]).as(request).startsWith("HTTP/1.1 400");
            assertThat(r[1]).contains("content-type: application/json").contains("x-content-type-options: nosniff");
            assertThat(DossierJson.mapper().readTree(r[2]).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void storyAndArticleAreExactlyTheirDossierJson() throws Exception {
        assertThat(get("/api/stories/s-0001").body()).isEqualTo(DossierJson.compact(story));
        assertThat(get("/api/articles/a-0001").body()).isEqualTo(DossierJson.compact(article));
        assertThat(get("/api/stories/nope").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/nope").body()).contains("\"error\"");
    }

    @Test
    void entityComesWithItsStoriesAndQuotes() throws Exception {
        JsonNode e = DossierJson.mapper().readTree(get("/api/entities/e-ferreira").body());
        assertThat(e.get("name").asText()).isEqualTo("Ana Ferreira");
        assertThat(e.get("stories").get(0).get("id").asText()).isEqualTo("s-0001");
        assertThat(e.get("quotes").get(0).get("text").asText()).startsWith("We will rebuild");
    }

    @Test
    void searchFindsPassagesWithOffsetsIntoTheArticle() throws Exception {
        JsonNode hits = DossierJson.mapper().readTree(get("/api/search?q=harbour").body());
        assertThat(hits).isNotEmpty();
        JsonNode hit = hits.get(0);
        assertThat(hit.get("articleId").asText()).isEqualTo("a-0001");
        assertThat(hit.get("storyId").asText()).isEqualTo("s-0001");
        assertThat(hit.get("snippet").asText()).contains("harbour");
        assertThat(TEXT.substring(hit.get("start").asInt(), hit.get("end").asInt())).contains("harbour");
        // Stemming: "rebuilding" finds "rebuild".
        assertThat(DossierJson.mapper().readTree(get("/api/search?q=rebuilding").body())).isNotEmpty();
        assertThat(get("/api/search?q=").statusCode()).isEqualTo(400);
    }

    @Test
    void aRegularExpressionOrUnreadableQueryIsA400WithItsReason() throws Exception {
        String regexp = java.net.URLEncoder.encode("/[a-z]{1,100000}/", java.nio.charset.StandardCharsets.UTF_8);
        for (String q : List.of(regexp, "%22unclosed")) {
            HttpResponse<String> api = get("/api/search?q=" + q);
            assertThat(api.statusCode()).as(q).isEqualTo(400);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(DossierJson.mapper().readTree(api.body()).get("error").asText()).as(q)
                    .startsWith("cannot read the query");

            HttpResponse<String> page = get("/search?q=" + q);
            assertThat(page.statusCode()).as(q).isEqualTo(400);
            assertThat(page.body()).contains("role=\"alert\"").contains("cannot read the query")
                    .contains("<form method=\"get\" action=\"/search\"");
        }
        assertThat(DossierJson.mapper().readTree(get("/api/search?q=" + regexp).body()).get("error").asText())
                .contains("regular expressions");
    }

    @Test
    void hostileTextIsShownAsTextOnEveryPage() throws Exception {
        for (String path : List.of("/", "/stories/s-0001", "/articles/a-0001", "/articles/a-0001?hl=0-10",
                "/entities/e-ferreira", "/search?q=harbour")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("<script>").doesNotContain("<img src=x");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
        assertThat(get("/articles/a-0001").body()).contains("&lt;script&gt;").doesNotContain("href=\"javascript:");
    }

    @Test
    void theStoryPageDrawsTheSamePicturesAsTheHtmlExport() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/stories/s-0001").body());
        org.jsoup.nodes.Document export = org.jsoup.Jsoup.parse(new org.dossier.app.render.HtmlRenderer().render(
                org.dossier.model.Dossier.of("2026-01-01T00:00:00Z", List.of(article), List.of(story))));

        assertThat(page.select("svg.chart")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("svg.chart").outerHtml()).isEqualTo(export.select("svg.chart").outerHtml());
        assertThat(page.select("svg.timeline-chart g.event")).hasSize(story.timeline().size());
        assertThat(page.select("svg script, svg foreignObject, svg image, svg use")).isEmpty();
    }

    @Test
    void everySourceIsNamedForAReaderNeverByItsId() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(get("/stories/s-0001").body());
        assertThat(page.select("ol.sources li a").eachText()).containsExactly(article.title());
        org.jsoup.nodes.Document entity = org.jsoup.Jsoup.parse(get("/entities/e-ferreira").body());
        // Each mention is shown in its passage, and each quote names its source.
        assertThat(entity.select("ul.mentions mark").eachText()).containsExactly("Ana Ferreira");
        assertThat(entity.select("ul.mentions .passage").text()).contains("said Foreign Minister Ana Ferreira");
        assertThat(entity.select("ul.quotes a.source").text()).contains(article.title()).doesNotContain("a-0001");
        assertThat(entity.select("ul.mentions").text()).doesNotContain("a-0001");
    }

    @Test
    void citationLinksOpenTheHighlightedPassage() throws Exception {
        String page = get("/stories/s-0001").body();
        assertThat(page).contains("href=\"/articles/a-0001?hl=0-35#hl\"");
        String article = get("/articles/a-0001?hl=0-35").body();
        assertThat(article).contains("<mark id=\"hl\" tabindex=\"-1\">Ministers met in Lisbon on Tuesday.</mark>");
        // Out-of-range highlights are ignored, never an error.
        assertThat(get("/articles/a-0001?hl=5-99999").statusCode()).isEqualTo(200);
    }

    @Test
    void postedArticleIsStoredAndMalformedOrOversizeInputIsRejected() throws Exception {
        HttpResponse<String> created = post("/api/articles", "{\"title\":\"New\",\"text\":\"A new report.\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = DossierJson.mapper().readTree(created.body());
        assertThat(get("/api/articles/" + body.get("id").asText()).statusCode()).isEqualTo(200);
        assertThat(body.get("storyId").asText()).isNotBlank();

        assertThat(post("/api/articles", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/articles", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(post("/api/articles", "x".repeat((int) WebServer.MAX_BODY_BYTES + 10)).statusCode()).isEqualTo(413);
    }

    @Test
    void nothingOutsideTheStaticFolderIsServed() throws Exception {
        assertThat(get("/static/app.css").statusCode()).isEqualTo(200);
        for (String raw : List.of("/static/../../../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2f..%2f..%2fetc%2fpasswd", "/../pom.xml", "/static/../web/openapi.json")) {
            String response = RawHttp.get(server.port(), raw);
            assertThat(response).as(raw).doesNotContain("root:x:").doesNotStartWith("HTTP/1.1 200");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            assertThat(s.isConnected()).isTrue();
        }
        String openapi = get("/openapi.json").body();
        assertThat(DossierJson.mapper().readTree(openapi).get("paths").has("/api/search")).isTrue();
    }
}
