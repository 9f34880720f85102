package org.dossier.story.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.junit.jupiter.api.Test;

class RelatedStoryFinderTest {

    private final RelatedStoryFinder finder = new RelatedStoryFinder();

    private static final String FLOOD = "Floods hit Valencia as river bursts its banks. Heavy rain drove the Turia "
            + "river over its banks on Tuesday, and the regional government of Valencia opened shelters for "
            + "families whose homes were flooded. Firefighters rescued drivers trapped by the water.";
    private static final String CUP = "Lyon win the cup final in Paris. Olympique Lyonnais beat Nantes two goals to "
            + "one at the Stade de France in Paris on Saturday. The striker scored twice before half-time and "
            + "the supporters sang until midnight.";
    private static final String FLOOD_LATER = "Valencia counts the cost of the floods a year on. A year after the "
            + "Turia river burst its banks, the regional government of Valencia says the rebuilding of flooded "
            + "homes is half done; families still live in shelters and the river banks are being raised.";
    private static final String ITALY_SUMMIT = "Ministers meet in Rome on Italy's budget. The government of Italy "
            + "presented its budget to parliament, and ministers argued over pensions and taxes.";
    private static final String ITALY_MATCH = "Italy beat Wales at the stadium in Cardiff. The team of Italy won the "
            + "rugby match by three tries, and the coach praised the forwards after the final whistle.";

    private static Article article(String id, String text) {
        return new Article(id, null, null, "Outlet", null, "en", "2031-05-14", PublishedSource.METADATA, text, null);
    }

    /** An entity mentioned wherever {@code name} occurs in the article. */
    private static Entity entity(Article a, String name, EntityType type) {
        List<Evidence> mentions = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(name)).matcher(a.text());
        while (m.find()) {
            mentions.add(new Evidence(a.id(), m.start(), m.end()));
        }
        assertThat(mentions).as(name + " in " + a.id()).isNotEmpty();
        return new Entity("e-" + name.hashCode(), name, type, List.of(), List.of(), mentions);
    }

    private static Story story(String id, Article a, Entity... entities) {
        return new Story(id, "story " + id, List.of(a.id()), null, null, List.of(), List.of(entities), List.of(),
                List.of(), List.of(), List.of());
    }

    private Map<String, List<RelatedStory>> relate(List<Story> stories, List<Article> articles) {
        List<StoryProfile> profiles = new ArrayList<>();
        for (Story s : stories) {
            profiles.add(finder.profile(s, articles));
        }
        return finder.relate(profiles);
    }

    @Test
    void storiesWithNoParticipantOrSubjectInCommonAreNotRelated() {
        Article flood = article("a-flood", FLOOD);
        Article cup = article("a-cup", CUP);
        List<Story> stories = List.of(
                story("s-flood", flood, entity(flood, "Valencia", EntityType.LOCATION),
                        entity(flood, "Turia", EntityType.LOCATION)),
                story("s-cup", cup, entity(cup, "Olympique Lyonnais", EntityType.ORGANIZATION),
                        entity(cup, "Paris", EntityType.LOCATION), entity(cup, "Nantes", EntityType.ORGANIZATION)));

        Map<String, List<RelatedStory>> related = relate(stories, List.of(flood, cup));

        assertThat(related).containsOnlyKeys("s-flood", "s-cup");
        assertThat(related.get("s-flood")).isEmpty();
        assertThat(related.get("s-cup")).isEmpty();
    }

    @Test
    void laterStoryOnTheSamePlaceAndSubjectIsRelatedAndTheUnrelatedOneIsNot() {
        Article flood = article("a-flood", FLOOD);
        Article later = article("a-later", FLOOD_LATER);
        Article cup = article("a-cup", CUP);
        List<Story> stories = List.of(
                story("s-flood", flood, entity(flood, "Valencia", EntityType.LOCATION),
                        entity(flood, "Turia", EntityType.LOCATION)),
                story("s-later", later, entity(later, "Valencia", EntityType.LOCATION),
                        entity(later, "Turia", EntityType.LOCATION)),
                story("s-cup", cup, entity(cup, "Olympique Lyonnais", EntityType.ORGANIZATION),
                        entity(cup, "Paris", EntityType.LOCATION)));

        Map<String, List<RelatedStory>> related = relate(stories, List.of(flood, later, cup));

        assertThat(related.get("s-flood")).extracting(RelatedStory::storyId).containsExactly("s-later");
        assertThat(related.get("s-later")).extracting(RelatedStory::storyId).containsExactly("s-flood");
        assertThat(related.get("s-cup")).isEmpty();
        RelatedStory r = related.get("s-flood").get(0);
        assertThat(r.participants()).containsExactlyInAnyOrder("Valencia", "Turia");
        assertThat(r.subject()).contains("river");
        assertThat(r.reason()).startsWith("shares ").contains("Valencia").contains("; subject: ");
        assertThat(r.title()).isEqualTo("story s-later");
    }

    @Test
    void sharingOnlyACountryOnADifferentSubjectIsNotEnough() {
        Article summit = article("a-summit", ITALY_SUMMIT);
        Article match = article("a-match", ITALY_MATCH);
        List<Story> stories = List.of(
                story("s-summit", summit, entity(summit, "Italy", EntityType.COUNTRY),
                        entity(summit, "Rome", EntityType.LOCATION)),
                story("s-match", match, entity(match, "Italy", EntityType.COUNTRY),
                        entity(match, "Wales", EntityType.COUNTRY), entity(match, "Cardiff", EntityType.LOCATION)));

        Map<String, List<RelatedStory>> related = relate(stories, List.of(summit, match));

        assertThat(related.get("s-summit")).isEmpty();
        assertThat(related.get("s-match")).isEmpty();
    }

    @Test
    void aParticipantMatchesThroughAnAlias() {
        Article flood = article("a-flood", FLOOD);
        Article later = article("a-later", FLOOD_LATER);
        Entity turia = entity(flood, "Turia", EntityType.LOCATION);
        Entity river = new Entity("e-r", "Turia River", EntityType.LOCATION, List.of("Turia"), List.of(),
                entity(later, "Turia", EntityType.LOCATION).mentions());
        List<Story> stories = List.of(story("s-flood", flood, turia), story("s-later", later, river));

        Map<String, List<RelatedStory>> related = relate(stories, List.of(flood, later));

        assertThat(related.get("s-flood")).extracting(RelatedStory::participants).containsExactly(List.of("Turia"));
        assertThat(related.get("s-later")).extracting(RelatedStory::participants)
                .containsExactly(List.of("Turia River"));
    }

    @Test
    void atMostFiveRelatedStoriesStrongestFirst() {
        List<Story> stories = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Each later copy drops more of the text, so it is a little less like the first.
            String text = FLOOD_LATER.substring(0, FLOOD_LATER.length() - 12 * i) + " Report " + i + ".";
            Article a = article("a-" + i, text);
            articles.add(a);
            stories.add(story("s-" + i, a, entity(a, "Valencia", EntityType.LOCATION)));
        }

        List<RelatedStory> related = relate(stories, articles).get("s-0");

        assertThat(related).hasSize(RelatedStoryFinder.MAX_RELATED);
        assertThat(related).extracting(RelatedStory::storyId).doesNotContain("s-0");
        assertThat(related).extracting(RelatedStory::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void twoProfilesOfOneStoryAreRejected() {
        Article flood = article("a-flood", FLOOD);
        StoryProfile p = finder.profile(story("s-flood", flood, entity(flood, "Valencia", EntityType.LOCATION)),
                List.of(flood));

        assertThatThrownBy(() -> finder.relate(List.of(p, p))).hasMessageContaining("s-flood");
    }
}
