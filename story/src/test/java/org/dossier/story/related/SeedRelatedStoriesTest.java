package org.dossier.story.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.model.Article;
import org.dossier.model.RelatedStory;
import org.dossier.model.Story;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.cluster.Seeds;
import org.dossier.story.consolidate.StoryConsolidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds through the standard analysis, clusterer and consolidator: the 2020 virtual Small Group
 * meeting (article 001) and the 2021 Rome ministerial meeting (the other four) are two events of
 * one coalition, so each lists the other as related.
 */
class SeedRelatedStoriesTest {

    private static final String VIRTUAL_MEETING = "a-001_3f2330664d5f2acb";
    /** The Belgian foreign ministry's report of the Rome ministerial meeting. */
    private static final String ROME_MEETING = "a-000_261515ad708b2a44";

    private static List<Story> stories;
    private static List<Article> articles;

    private final RelatedStoryFinder finder = new RelatedStoryFinder();

    @BeforeAll
    static void buildSeeds() {
        ArticleAnalyzer analyzer = Analyzers.standard();
        articles = Seeds.articles();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (Article a : articles) {
            analysed.add(new AnalyzedArticle(a, analyzer.analyze(a)));
        }
        Map<String, String> storyOf = new EventClusterer().cluster(null, analysed).storyOf();
        Map<String, List<AnalyzedArticle>> members = new TreeMap<>();
        for (AnalyzedArticle a : analysed) {
            members.computeIfAbsent(storyOf.get(a.article().id()), k -> new ArrayList<>()).add(a);
        }
        StoryConsolidator consolidator = new StoryConsolidator();
        stories = new ArrayList<>();
        members.forEach((id, list) -> stories.add(consolidator.consolidate(id, list)));
    }

    private Map<String, List<RelatedStory>> related(List<Story> of) {
        List<StoryProfile> profiles = new ArrayList<>();
        for (Story s : of) {
            profiles.add(finder.profile(s, articles));
        }
        return finder.relate(profiles);
    }

    private static Story storyHolding(String articleId) {
        return stories.stream().filter(s -> s.articleIds().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void virtualMeetingAndRomeMeetingListEachOtherWithASharedParticipant() {
        Story virtual = storyHolding(VIRTUAL_MEETING);
        Story rome = storyHolding(ROME_MEETING);
        assertThat(rome.id()).isNotEqualTo(virtual.id());

        Map<String, List<RelatedStory>> related = related(stories);

        RelatedStory toRome = only(related.get(virtual.id()), rome.id());
        RelatedStory toVirtual = only(related.get(rome.id()), virtual.id());
        for (RelatedStory r : List.of(toRome, toVirtual)) {
            // Both texts report meetings of the Global Coalition to Defeat Daesh/ISIS.
            assertThat(r.participants()).anySatisfy(p -> assertThat(p).containsPattern("Coalition|Daesh|ISIS"));
            assertThat(r.reason()).startsWith("shares ").contains(r.participants().get(0));
            assertThat(r.score()).isBetween(RelatedStoryFinder.MIN_SCORE, 1.0);
        }
        assertThat(toVirtual.title()).isEqualTo(virtual.title());
        assertThat(toRome.title()).isEqualTo(rome.title());
    }

    private static RelatedStory only(List<RelatedStory> related, String storyId) {
        assertThat(related).extracting(RelatedStory::storyId).contains(storyId);
        return related.stream().filter(r -> r.storyId().equals(storyId)).findFirst().orElseThrow();
    }

    @Test
    void relationsDoNotDependOnTheOrderOfTheProfiles() {
        List<Story> reversed = new ArrayList<>(stories);
        java.util.Collections.reverse(reversed);

        assertThat(related(reversed)).isEqualTo(related(stories));
    }

    @Test
    void aStoryAloneHasNoRelatedStory() {
        Story virtual = storyHolding(VIRTUAL_MEETING);

        assertThat(related(List.of(virtual))).containsOnlyKeys(virtual.id());
        assertThat(related(List.of(virtual)).get(virtual.id())).isEmpty();
    }
}
