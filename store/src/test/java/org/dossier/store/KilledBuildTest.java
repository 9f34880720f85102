package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
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
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL half-way leaves the workspace exactly as the last committed build left it. */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildKilledMidWayLeavesThePriorStateAndAUsableWorkspace() throws Exception {
        Article a = Samples.article("a-1", Samples.text(1));
        try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild("first")) {
            build.addArticle(a, Samples.analysis(a));
            build.putStory(Samples.story("s-1", a));
            build.putClustererState(new byte[] {7});
            build.commit("first-done", new BuildStats(1, 1, 1, 0, 1, 0));
        }
        List<String> before = dump(dir);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), InterruptedBuildChild.class.getName(),
                dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("writing")) {
                // skip logging until the child is deep inside its transaction
            }
            assertThat(line).as("child output before it began writing").isEqualTo("writing");
            // Destroy forcibly is SIGKILL on Unix: no shutdown hook, no rollback by the child.
            child.destroyForcibly();
        }
        child.waitFor();
        assertThat(Files.size(dir.resolve(Workspace.DATABASE + "-wal")))
                .as("uncommitted pages reached the disk before the kill").isGreaterThan(1_000_000L);

        assertThat(dump(dir)).isEqualTo(before);
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).containsExactly(a);
            Article b = Samples.article("a-2", Samples.text(2));
            try (BuildTransaction build = ws.beginBuild("after")) {
                build.addArticle(b, Samples.analysis(b));
                build.putStory(Samples.story("s-1", a, b));
                build.commit("after-done", new BuildStats(1, 1, 1, 0, 1, 0));
            }
            assertThat(ws.articlesOf("s-1")).containsExactly(a, b);
            assertThat(ws.builds()).hasSize(2);
        }
    }

    /** Every row of every table, in a fixed order, as text. */
    static List<String> dump(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE));
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
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
                            row.append(" | ").append(v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : v);
                        }
                        rows.add(row.toString());
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rows.add("user_version " + rs.getInt(1));
            }
        }
        return rows;
    }
}
