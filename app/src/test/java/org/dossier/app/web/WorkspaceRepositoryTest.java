package org.dossier.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.Ingestor;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.pipeline.BuildPipeline;
import org.dossier.store.Workspace;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission goes through the pipeline from memory: stored and clustered, nothing else written. */
class WorkspaceRepositoryTest {

    private static final String BODY = "{\"title\": \"Ferry timetable approved\", \"outlet\": \"Harbour Gazette\","
            + " \"published\": \"2023-03-03\", \"text\": \"The harbour council approved a new ferry timetable on"
            + " Thursday evening. Two early crossings will be added on weekdays from April.\"}";

    @TempDir
    Path tmp;

    /** The real ingestor, clusterer and consolidator; the analysis finds nothing, so no model loads. */
    private static BuildPipeline pipeline() {
        return new BuildPipeline(() -> article -> ArticleAnalysis.empty(article.id()), new EventClusterer(),
                new StoryConsolidator(), 1);
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aSubmittedArticleIsStoredInItsStoryFromNoFileAndNothingIsStagedOnDisk() throws IOException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Path asFile = Files.write(tmp.resolve("article.json"), body);
        List<Article> fromFile = new ArrayList<>();
        new Ingestor().read(List.of(asFile), fromFile::add, p -> { });
        Path ws = tmp.resolve("ws");
        try (Workspace workspace = Workspace.open(ws); WorkspaceRepository repository =
                new WorkspaceRepository(workspace, pipeline())) {
            List<Path> before = filesUnder(ws);

            DossierRepository.Submitted submitted = repository.submit(body);
            DossierRepository.Submitted again = repository.submit(body);

            assertThat(fromFile).hasSize(1);
            assertThat(submitted.id()).isEqualTo(fromFile.get(0).id());
            assertThat(submitted.storyId()).isEqualTo(workspace.storyOfArticles().get(submitted.id())).startsWith("s-");
            assertThat(workspace.article(submitted.id())).hasValueSatisfying(a -> {
                assertThat(a.file()).isNull();
                assertThat(a.title()).isEqualTo("Ferry timetable approved");
                assertThat(a.text()).isEqualTo(fromFile.get(0).text());
            });
            assertThat(again).isEqualTo(submitted);
            assertThat(workspace.builds()).hasSize(1);
            assertThat(filesUnder(ws)).allMatch(p -> before.contains(p) || p.getFileName().toString()
                    .startsWith("dossier.db"));
        }
    }

    @Test
    void aPublishedThatIsNoDateIsIgnoredAndNamedInTheAnswer() {
        byte[] body = BODY.replace("2023-03-03", "2023-02-30").getBytes(StandardCharsets.UTF_8);
        try (Workspace workspace = Workspace.open(tmp.resolve("ws")); WorkspaceRepository repository =
                new WorkspaceRepository(workspace, pipeline())) {
            DossierRepository.Submitted submitted = repository.submit(body);

            assertThat(submitted.warnings()).containsExactly("published \"2023-02-30\" is no date; ignored");
            assertThat(workspace.article(submitted.id())).hasValueSatisfying(a -> assertThat(a.published()).isNull());
        }
    }

    @Test
    void aBodyThatIsNoArticleIsRefusedWithTheIngestorsReasonAndNothingIsBuilt() {
        try (Workspace workspace = Workspace.open(tmp.resolve("ws")); WorkspaceRepository repository =
                new WorkspaceRepository(workspace, pipeline())) {
            assertThatThrownBy(() -> repository.submit("{\"title\": \"no body\"}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DossierRepository.BadInputException.class)
                    .hasMessage("no \"text\" or \"html\" key");
            assertThatThrownBy(() -> repository.submit("{not json".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(DossierRepository.BadInputException.class)
                    .hasMessageStartingWith("the body is not JSON");
            assertThat(workspace.builds()).isEmpty();
            assertThat(workspace.articleCount()).isZero();
        }
    }
}
