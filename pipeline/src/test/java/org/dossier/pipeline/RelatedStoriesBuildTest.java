package org.dossier.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.RelatedStory;
import org.dossier.store.Workspace;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later build that adds a story brings the related stories of the stories it did not touch up to date. */
class RelatedStoriesBuildTest {

    @TempDir
    Path dir;

    private static final String FLOOD = "Floods hit Valencia as the Turia river bursts its banks. Heavy rain drove "
            + "the Turia over its banks on Tuesday, and the regional government of Valencia opened shelters for "
            + "families whose homes were flooded.";
    private static final String LATER = "Valencia counts the cost of the floods a year on. A year after the Turia "
            + "river burst its banks, the regional government of Valencia says the rebuilding of flooded homes is "
            + "half done; families still live in shelters.";

    /** Finds the two place names wherever the text gives them. */
    private final ArticleAnalyzer places = article -> {
        List<Entity> entities = new ArrayList<>();
        for (String name : List.of("Valencia", "Turia")) {
            List<Evidence> mentions = new ArrayList<>();
            Matcher m = Pattern.compile(name).matcher(article.text());
            while (m.find()) {
                mentions.add(new Evidence(article.id(), m.start(), m.end()));
            }
            if (!mentions.isEmpty()) {
                entities.add(new Entity("e-" + name, name, EntityType.LOCATION, List.of(), List.of(), mentions));
            }
        }
        return new ArticleAnalysis(article.id(), entities, List.of(), List.of(), List.of());
    };

    private static Article article(String id, String text) {
        return new Article(id, id + ".txt", null, "Outlet", null, "en", "2031-05-13", PublishedSource.METADATA, text,
                null);
    }

    private void build(Workspace ws, Article a) {
        new BuildPipeline(() -> places, new OwnStoryClusterer(Integer.MAX_VALUE), new StoryConsolidator(), 1)
                .build(ws, ArticleSource.of(List.of(a)), BuildListener.NONE);
    }

    @Test
    void storyUntouchedByALaterBuildGainsTheRelatedStoryItBrings() {
        try (Workspace ws = Workspace.open(dir)) {
            build(ws, article("a-flood", FLOOD));
            assertThat(ws.story("s-flood").orElseThrow().related()).isEmpty();

            build(ws, article("a-later", LATER));

            assertThat(ws.story("s-flood").orElseThrow().related()).extracting(RelatedStory::storyId)
                    .containsExactly("s-later");
            assertThat(ws.story("s-later").orElseThrow().related()).extracting(RelatedStory::storyId)
                    .containsExactly("s-flood");
            assertThat(ws.story("s-flood").orElseThrow().related().get(0).reason()).contains("Valencia");
        }
    }
}
