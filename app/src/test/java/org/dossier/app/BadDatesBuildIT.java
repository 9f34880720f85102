package org.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} of input whose stated dates are no dates: each is a warning on standard error
 * naming the file and key, the articles are stored without it, and the export is valid
 * dossier/v1.
 */
class BadDatesBuildIT {

    private static final String BODY = "The harbour council of Porto approved a new ferry timetable. "
            + "Two early crossings will be added on weekdays, the council said.";

    @TempDir
    Path tmp;

    @Test
    void datesThatAreNoDatesAreWarnedAboutAndNeverExported() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(input.resolve("a.txt"), BODY + "\n", StandardCharsets.UTF_8);
        Path sidecar = Files.writeString(input.resolve("a.meta.json"), "{\"published\": \"2021-02-30\"}",
                StandardCharsets.UTF_8);
        Path feed = Files.writeString(input.resolve("b.jsonl"), String.join("\n",
                "{\"published\": \"+10000-01-01\", \"text\": \"" + BODY + " A first report.\"}",
                "{\"published\": \"2021-06-28T25:61:61Z\", \"text\": \"" + BODY + " A second report.\"}",
                ""), StandardCharsets.UTF_8);
        Path page = Files.writeString(input.resolve("c.html"), "<html><head><title>Ferries</title>"
                + "<meta property=\"article:published_time\" content=\"-0044-03-15\"></head><body><article><p>"
                + BODY + "</p><p>The operator will use boats that are idle in the morning.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Path workspace = tmp.resolve("ws");

        CommandRun build = CommandRun.of("--workspace", workspace, "build", input);
        CommandRun export = CommandRun.of("--workspace", workspace, "export", "--format", "json");

        assertThat(build.code()).as(build.err()).isZero();
        assertThat(build.out()).contains("4 new");
        assertThat(build.err().lines().filter(l -> l.startsWith("warning: ")).toList()).containsExactlyInAnyOrder(
                "warning: " + sidecar + ": published \"2021-02-30\" is no date; ignored",
                "warning: " + feed + ":1: published \"+10000-01-01\" is no date; ignored",
                "warning: " + feed + ":2: published \"2021-06-28T25:61:61Z\" is no date; ignored",
                "warning: " + page + ": article:published_time \"-0044-03-15\" is no date; ignored");
        assertThat(build.err()).doesNotContain("skipped");

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(SchemaCheck.violations(export.out())).isEmpty();
        JsonNode articles = new ObjectMapper().readTree(export.out()).get("articles");
        List<String> published = new ArrayList<>();
        articles.forEach(a -> published.add(a.get("published").isNull() ? "null" : a.get("published").asText()));
        assertThat(published).containsExactly("null", "null", "null", "null");
        assertThat(export.out()).doesNotContain("2021-02-30", "10000-01-01", "25:61:61", "0044-03-15");
    }
}
