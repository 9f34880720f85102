package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryJsonTest {

    private static final Story STORY = new Story("s-1", "Coalition meeting in Rome", List.of("a-1"), "2021-06-28",
            "2021-06-28", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void relatedStoriesSurviveJsonRoundTrip() {
        Story story = STORY.withRelated(List.of(new RelatedStory("s-2", "Virtual coalition meeting", 0.42,
                "shares Daesh; subject: coalition", List.of("Daesh"), List.of("coalition"))));

        Story read = DossierJson.read(DossierJson.compact(story), Story.class);

        assertThat(read).isEqualTo(story);
        assertThat(read.related()).extracting(RelatedStory::storyId).containsExactly("s-2");
    }

    @Test
    void storyWithoutRelatedIsWrittenWithoutTheFieldAndReadsBackEmpty() {
        String json = DossierJson.compact(STORY);

        assertThat(json).doesNotContain("related");
        assertThat(DossierJson.read(json, Story.class).related()).isEmpty();
    }

    @Test
    void explicitEmptyOrNullRelatedReadsAsEmpty() {
        String json = DossierJson.compact(STORY);
        String withEmpty = json.substring(0, json.length() - 1) + ",\"related\":[]}";
        String withNull = json.substring(0, json.length() - 1) + ",\"related\":null}";

        assertThat(DossierJson.read(withEmpty, Story.class)).isEqualTo(STORY);
        assertThat(DossierJson.read(withNull, Story.class)).isEqualTo(STORY);
    }

    @Test
    void storyIsNeverRelatedToItself() {
        RelatedStory self = new RelatedStory("s-1", "x", 0.5, "shares x", List.of("x"), List.of());

        assertThatThrownBy(() -> STORY.withRelated(List.of(self))).hasMessageContaining("s-1");
    }
}
