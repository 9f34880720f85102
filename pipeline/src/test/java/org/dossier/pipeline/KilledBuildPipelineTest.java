package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.ArticleAnalysis;
import org.dossier.store.Workspace;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL half-way through a large input, in a child JVM, leaves the workspace
 * exactly as the previous build left it, and the next build works.
 */
class KilledBuildPipelineTest {

    @TempDir
    Path tmp;

    private static BuildPipeline pipeline() {
        return new BuildPipeline(() -> article -> ArticleAnalysis.empty(article.id()), new EventClusterer(),
                new StoryConsolidator(), 1);
    }

    private static void report(Path dir, int n, String topic) throws IOException {
        String body = ("Delegates at the harbour conference discussed " + topic + " number " + n
                + " and agreed to meet again before the summer. ").repeat(30);
        Files.writeString(dir.resolve(String.format("report-%05d.txt", n)),
                "Report " + n + " on " + topic + "\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void buildKilledMidWayLeavesThePreviousBuildIntactAndTheWorkspaceUsable() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        for (int i = 0; i < 3; i++) {
            report(small, i, "port fees");
        }
        Path large = Files.createDirectories(tmp.resolve("large"));
        for (int i = 0; i < 1_500; i++) {
            report(large, i, "fishing quotas");
        }
        Path ws = tmp.resolve("ws");
        try (Workspace workspace = Workspace.open(ws)) {
            assertThat(pipeline().build(workspace, List.of(small), BuildListener.NONE).committed()).isTrue();
        }
        List<String> before = dump(ws);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), InterruptedBuildChild.class.getName(),
                ws.toString(), large.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.equals("analysed")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        child.waitFor();
        assertThat(output).as("child output").contains("analysed").doesNotContain("finished");

        assertThat(dump(ws)).isEqualTo(before);
        try (Workspace workspace = Workspace.open(ws)) {
            Path more = Files.createDirectories(tmp.resolve("more"));
            report(more, 99_999, "port fees");
            BuildReport next = pipeline().build(workspace, List.of(more), BuildListener.NONE);
            assertThat(next.stats().articlesAdded()).isEqualTo(1);
            assertThat(workspace.articleCount()).isEqualTo(4);
            assertThat(workspace.builds()).hasSize(2);
        }
    }

    /** Every row of every table in a fixed order, as text. */
    private static List<String> dump(Path ws) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.resolve(Workspace.DATABASE));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(" | ").append(v instanceof byte[] b ? java.util.Arrays.toString(b) : v);
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
