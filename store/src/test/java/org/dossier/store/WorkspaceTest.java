package org.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Dateline;
import org.dossier.model.Problem;
import org.dossier.model.PublishedSource;
import org.dossier.model.Span;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void committedBuildSurvivesReopeningWithEveryField() {
        Article a = Samples.article("a-1", Samples.text(1));
        Article b = new Article("a-2", null, null, null, null, "de", null, null, "Kurzer Text über 41 Staaten.", null);
        ArticleAnalysis analysis = Samples.analysis(a);
        Story story = Samples.story("s-1", a);
        try (Workspace ws = Workspace.open(dir)) {
            try (BuildTransaction build = ws.beginBuild("2031-05-14T10:00:00Z")) {
                build.addArticle(a, analysis);
                build.addArticle(b, ArticleAnalysis.empty("a-2"));
                build.setDuplicateOf("a-2", "a-1");
                build.putStory(story);
                build.putClustererState(new byte[] {1, 2, 3});
                build.addProblem(new Problem("in/bad.jsonl", "3", "not a JSON object"));
                build.commit("2031-05-14T10:01:00Z", new BuildStats(2, 2, 2, 1, 1, 0));
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).containsExactly(a, b.withDuplicateOf("a-1"));
            assertThat(ws.article("a-1")).contains(a);
            assertThat(ws.article("a-1").orElseThrow().publishedSource()).isEqualTo(PublishedSource.METADATA);
            assertThat(ws.analysis("a-1")).contains(analysis);
            assertThat(ws.story("s-1")).contains(story);
            assertThat(ws.stories()).containsExactly(story);
            assertThat(ws.articlesOf("s-1")).containsExactly(a);
            assertThat(ws.storyOfArticles()).isEqualTo(Map.of("a-1", "s-1"));
            assertThat(ws.clustererState()).containsExactly(1, 2, 3);
            assertThat(ws.builds()).singleElement().satisfies(r -> {
                assertThat(r.started()).isEqualTo("2031-05-14T10:00:00Z");
                assertThat(r.stats()).isEqualTo(new BuildStats(2, 2, 2, 1, 1, 0));
                assertThat(ws.problems(r.id())).containsExactly(new Problem("in/bad.jsonl", "3", "not a JSON object"));
            });
            assertThat(ws.storyListings()).containsExactly(
                    new StoryListing("s-1", "Ports accord", "2031-05-13", "2031-05-13", 1, 1, List.of("en"),
                            List.of("Harbour Gazette")));
        }
    }

    @Test
    void buildClosedWithoutCommitChangesNothing() {
        Article a = Samples.article("a-1", Samples.text(1));
        try (Workspace ws = Workspace.open(dir)) {
            try (BuildTransaction build = ws.beginBuild("t0")) {
                build.addArticle(a, Samples.analysis(a));
                build.putStory(Samples.story("s-1", a));
                assertThat(ws.containsArticle("a-1")).as("visible inside the build").isTrue();
            }
            assertThat(ws.articleCount()).isZero();
            assertThat(ws.storyCount()).isZero();
            assertThat(ws.builds()).isEmpty();
            assertThat(ws.clustererState()).isNull();
        }
    }

    @Test
    void replacingAndDeletingStoriesKeepsMembershipInStep() {
        Article a = Samples.article("a-1", Samples.text(1));
        Article b = Samples.article("a-2", Samples.text(2));
        try (Workspace ws = Workspace.open(dir)) {
            try (BuildTransaction build = ws.beginBuild("t0")) {
                build.addArticle(a, Samples.analysis(a));
                build.addArticle(b, Samples.analysis(b));
                build.putStory(Samples.story("s-1", a));
                build.putStory(Samples.story("s-2", b));
                build.commit("t1", new BuildStats(2, 2, 2, 0, 2, 0));
            }
            try (BuildTransaction build = ws.beginBuild("t2")) {
                build.putStory(Samples.story("s-1", a, b));
                build.deleteStory("s-2");
                build.commit("t3", new BuildStats(0, 0, 0, 0, 1, 1));
            }
            assertThat(ws.storyOfArticles()).isEqualTo(Map.of("a-1", "s-1", "a-2", "s-1"));
            assertThat(ws.storyListings()).extracting(StoryListing::id, StoryListing::articles)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("s-1", 2));
        }
    }

    @Test
    void storingAnArticleTwiceFailsWithTheCauseKept() {
        Article a = Samples.article("a-1", Samples.text(1));
        try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild("t0")) {
            build.addArticle(a, Samples.analysis(a));
            assertThatThrownBy(() -> build.addArticle(a, Samples.analysis(a)))
                    .isInstanceOf(StoreException.class)
                    .hasCauseInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("cannot write");
        }
    }

    @Test
    void streamOffsetsCommitWithTheirBuildOrNotAtAll() {
        try (Workspace ws = Workspace.open(dir)) {
            try (BuildTransaction build = ws.beginBuild("2031-05-14T10:00:00Z")) {
                build.putStreamOffset("articles", 0, 5);
                build.putStreamOffset("articles", 1, 2);
                build.putStreamOffset("other", 0, 9);
                build.commit("2031-05-14T10:01:00Z", new BuildStats(0, 0, 0, 0, 0, 0));
            }
            try (BuildTransaction build = ws.beginBuild("2031-05-14T10:02:00Z")) {
                build.addArticle(Samples.article("a-1", Samples.text(1)), ArticleAnalysis.empty("a-1"));
                build.putStreamOffset("articles", 0, 7);
                // Not committed: as if the consumer were killed here.
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.streamOffsets("articles")).containsExactly(Map.entry(0, 5L), Map.entry(1, 2L));
            assertThat(ws.streamOffsets("none")).isEmpty();
            assertThat(ws.articleCount()).isZero();
        }
    }

    @Test
    void workspaceOfTheFirstSchemaIsUpgradedKeepingItsContent() throws Exception {
        Article a = Samples.article("a-1", Samples.text(1));
        try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild("2031-05-14T10:00:00Z")) {
            build.addArticle(a, ArticleAnalysis.empty("a-1"));
            build.commit("2031-05-14T10:01:00Z", new BuildStats(1, 1, 1, 0, 0, 0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE));
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE stream_offsets");
            st.execute("PRAGMA user_version = 1");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.articles()).containsExactly(a);
            assertThat(ws.streamOffsets("articles")).isEmpty();
            try (BuildTransaction build = ws.beginBuild("2031-05-14T10:02:00Z")) {
                build.putStreamOffset("articles", 0, 1);
                build.commit("2031-05-14T10:03:00Z", new BuildStats(0, 0, 0, 0, 0, 0));
            }
            assertThat(ws.streamOffsets("articles")).containsExactly(Map.entry(0, 1L));
        }
    }

    @Test
    void newerSchemaIsRefusedWithAClearMessage() throws Exception {
        Workspace.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (Workspace.SCHEMA_VERSION + 1));
        }
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + (Workspace.SCHEMA_VERSION + 1))
                .hasMessageContaining("newer");
    }

    @Test
    void fileThatIsNotADatabaseIsReportedWithItsCause() throws Exception {
        Files.writeString(dir.resolve(Workspace.DATABASE), "this is a text file, not a database, ".repeat(200));
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toString())
                .hasCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void workspaceThatCannotBeCreatedIsAStoreException() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> Workspace.open(file.resolve("ws")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create workspace directory");
    }

    @Test
    void analysisKeepsItsDatelineAndOlderAnalysesReadWithoutOne() throws Exception {
        Article a = Samples.article("a-1", "LONDON (Reuters) - " + Samples.text(1));
        ArticleAnalysis plain = Samples.analysis(a);
        ArticleAnalysis analysis = new ArticleAnalysis(a.id(), plain.entities(), plain.times(), plain.quotes(),
                plain.claims(), new Dateline("London", "Reuters", null, new Span(0, 18)));
        try (Workspace ws = Workspace.open(dir)) {
            try (BuildTransaction build = ws.beginBuild("2031-05-14T10:00:00Z")) {
                build.addArticle(a, analysis);
                build.commit("2031-05-14T10:01:00Z", new BuildStats(1, 1, 0, 0, 0, 0));
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.analysis("a-1")).contains(analysis);
            assertThat(ws.analysis("a-1").orElseThrow().dateline().span().of(a.text())).isEqualTo("LONDON (Reuters) -");
        }
        // An analysis stored before datelines were read has no such field.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.DATABASE));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE analyses SET json = '{\"articleId\":\"a-1\",\"entities\":[],\"times\":[],"
                    + "\"quotes\":[],\"claims\":[]}' WHERE article_id = 'a-1'");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.analysis("a-1")).contains(ArticleAnalysis.empty("a-1"));
        }
    }

    private static List<String> listing(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWorkspaceOpenedReadOnlyReadsWhatWasStoredChangesNothingAndRefusesABuild() throws Exception {
        Article a = Samples.article("a-1", Samples.text(1));
        Story story = Samples.story("s-1", a);
        try (Workspace ws = Workspace.open(dir); BuildTransaction build = ws.beginBuild("t0")) {
            build.addArticle(a, Samples.analysis(a));
            build.putStory(story);
            build.commit("t1", new BuildStats(1, 1, 1, 0, 1, 0));
        }
        List<String> files = listing(dir);
        byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve(Workspace.DATABASE));
        // Without write permission (enforced for every user but root), as on a read-only disk.
        assertThat(dir.resolve(Workspace.DATABASE).toFile().setWritable(false, false)).isTrue();
        assertThat(dir.toFile().setWritable(false, false)).isTrue();
        try (Workspace ws = Workspace.openReadOnly(dir)) {
            assertThat(ws.readOnly()).isTrue();
            assertThat(ws.articles()).containsExactly(a);
            assertThat(ws.stories()).containsExactly(story);
            assertThat(ws.builds()).hasSize(1);
            assertThatThrownBy(() -> ws.beginBuild("t2")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("reading only");
        } finally {
            dir.toFile().setWritable(true, false);
            dir.resolve(Workspace.DATABASE).toFile().setWritable(true, false);
        }
        // Where it may, SQLite leaves its empty journal files beside the database; nothing else is made.
        assertThat(listing(dir)).filteredOn(f -> !f.endsWith("-wal") && !f.endsWith("-shm")).isEqualTo(files);
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve(Workspace.DATABASE))).isEqualTo(bytes);
    }

    @Test
    void openingForReadingWhereThereIsNoWorkspaceFailsAndCreatesNothing() throws Exception {
        Path none = dir.resolve("none");
        assertThatThrownBy(() -> Workspace.openReadOnly(none)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no workspace");
        assertThat(none).doesNotExist();
    }
}
