package org.dossier.story.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    private static final String TEXT = "Joe Biden and Hunter Biden met Biden aides. Blinken joined. Rome hosted "
            + "the Rome talks. Georgia and Georgia Power signed.";

    private static List<Entity> merge(Entity... entities) {
        Article a = new Article("a-1", null, null, null, null, "en", null, null, TEXT, null);
        StoryText story = new StoryText(List.of(new AnalyzedArticle(a, new ArticleAnalysis("a-1",
                List.of(entities), List.of(), List.of(), List.of()))));
        return new EntityMerger().merge("s", story).entities();
    }

    private static Entity entity(String id, String name, EntityType type) {
        Article a = new Article("a-1", null, null, null, null, "en", null, null, TEXT, null);
        return Seeds.entity(a, id, name, type, List.of(), List.of());
    }

    @Test
    void surnameSharedByTwoFullNamesStaysApart() {
        List<Entity> merged = merge(entity("1", "Joe Biden", EntityType.PERSON),
                entity("2", "Hunter Biden", EntityType.PERSON), entity("3", "Biden", EntityType.PERSON));

        assertThat(merged).hasSize(3);
    }

    @Test
    void sameNameInDifferentTypeFamiliesStaysApart() {
        List<Entity> merged = merge(entity("1", "Georgia", EntityType.COUNTRY),
                entity("2", "Georgia", EntityType.PERSON));

        assertThat(merged).hasSize(2);
    }

    @Test
    void groupAndOrganisationLabelsOfOneNameMerge() {
        List<Entity> merged = merge(entity("1", "Rome", EntityType.LOCATION), entity("2", "Rome", EntityType.COUNTRY));

        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.aliases()).isEmpty();
        });
    }

    @Test
    void organisationsWithDifferentHeadsStayApart() {
        List<Entity> merged = merge(entity("1", "Georgia", EntityType.ORGANIZATION),
                entity("2", "Georgia Power", EntityType.ORGANIZATION));

        assertThat(merged).hasSize(2);
    }
}
