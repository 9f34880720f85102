package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Evidence;
import org.dossier.model.PublishedSource;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.junit.jupiter.api.Test;

class EventClustererTest {

    private static final String OTHER_MEETING = "a-001_3f2330664d5f2acb";

    private final EventClusterer clusterer = new EventClusterer();

    static List<AnalyzedArticle> bareSeeds() {
        return Seeds.articles().stream().map(Seeds::bare).toList();
    }

    /** The 2020 virtual meeting is a story of its own: no report of the 2021 Rome meeting joins it. */
    static void assertVirtualMeetingAlone(Map<String, String> storyOf) {
        assertThat(storyOf).hasSize(5);
        String virtual = storyOf.get(OTHER_MEETING);
        assertThat(storyOf.entrySet()).filteredOn(e -> e.getValue().equals(virtual)).hasSize(1);
    }

    @Test
    void seedsWithWordsAndDatesKeepTheVirtualMeetingApart() {
        Clustering c = clusterer.cluster(null, bareSeeds());

        assertVirtualMeetingAlone(c.storyOf());
        assertThat(c.duplicateOf()).isEmpty();
        assertThat(c.touched()).containsExactlyInAnyOrderElementsOf(new TreeSet<>(c.storyOf().values()));
    }

    @Test
    void inputOrderDoesNotChangeTheStories() {
        Map<String, String> reference = clusterer.cluster(null, bareSeeds()).storyOf();
        List<AnalyzedArticle> seeds = new ArrayList<>(bareSeeds());
        Collections.reverse(seeds);
        assertThat(clusterer.cluster(null, seeds).storyOf()).isEqualTo(reference);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(seeds, random);
            assertThat(clusterer.cluster(null, seeds).storyOf()).isEqualTo(reference);
        }
    }

    @Test
    void addingOneArticlePerBuildGivesTheSamePartitionInAnyOrder() {
        List<AnalyzedArticle> seeds = new ArrayList<>(bareSeeds());
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            Collections.shuffle(seeds, random);
            byte[] state = null;
            Clustering c = null;
            Set<String> seen = new TreeSet<>();
            for (AnalyzedArticle a : seeds) {
                Set<String> storiesBefore = c == null ? Set.of() : new TreeSet<>(c.storyOf().values());
                c = clusterer.cluster(state, List.of(a));
                state = c.state();
                seen.add(a.article().id());
                assertThat(c.storyOf()).as("every article so far has a story").containsOnlyKeys(seen);
                assertThat(c.touched()).contains(c.storyOf().get(a.article().id()));
                Set<String> vanished = new TreeSet<>(storiesBefore);
                vanished.removeAll(c.storyOf().values());
                assertThat(c.touched()).as("merged-away stories are touched").containsAll(vanished);
            }
            assertVirtualMeetingAlone(c.storyOf());
        }
    }

    @Test
    void laterBuildsKeepEarlierArticlesInTheirStories() {
        List<AnalyzedArticle> seeds = bareSeeds();
        Clustering first = clusterer.cluster(null, seeds.subList(0, 3));
        Clustering second = clusterer.cluster(first.state(), seeds.subList(3, 5));

        assertVirtualMeetingAlone(second.storyOf());
        first.storyOf().forEach((article, story) -> {
            if (!second.touched().contains(story)) {
                assertThat(second.storyOf()).containsEntry(article, story);
            }
        });
    }

    @Test
    void sameInputGivesTheSameStateBytes() {
        byte[] a = clusterer.cluster(null, bareSeeds()).state();
        byte[] b = clusterer.cluster(null, bareSeeds()).state();
        assertThat(a).isEqualTo(b);
        assertThat(a[0]).isEqualTo(ClusterState.VERSION);
    }

    @Test
    void stateOfAnUnknownVersionIsRejectedByName() {
        byte[] state = clusterer.cluster(null, bareSeeds()).state();
        state[0] = 99;
        assertThatThrownBy(() -> clusterer.cluster(state, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown version 99");
    }

    @Test
    void articleSeenBeforeIsNotClusteredTwice() {
        List<AnalyzedArticle> seeds = bareSeeds();
        Clustering first = clusterer.cluster(null, seeds);
        Clustering again = clusterer.cluster(first.state(), seeds.subList(0, 1));

        assertThat(again.storyOf()).isEqualTo(first.storyOf());
        assertThat(again.touched()).isEmpty();
    }

    @Test
    void aPlaceNameLongerThanWriteUtfAllowsIsWrittenAndReadBack() {
        // 500,000 characters of three UTF-8 bytes each: far over writeUTF's 65,535 bytes.
        String name = "\u20AC".repeat(500_000);
        String text = "Delegates met in Porto on Tuesday.";
        Article article = new Article("a-huge", null, null, "Outlet", name, "en", "2031-05-13",
                PublishedSource.METADATA, text, null);
        Entity place = new Entity("e-porto", name, EntityType.LOCATION, List.of(), List.of(),
                List.of(new Evidence("a-huge", 17, 22)));
        AnalyzedArticle huge = new AnalyzedArticle(article, new ArticleAnalysis("a-huge", List.of(place), List.of(),
                List.of(), List.of()));

        Clustering first = clusterer.cluster(null, List.of(huge));
        Clustering again = clusterer.cluster(first.state(), List.of());

        assertThat(ClusterState.read(first.state()).sketches.get("a-huge").places().keys).containsExactly(name);
        assertThat(again.state()).isEqualTo(first.state());
        assertThat(again.storyOf()).isEqualTo(first.storyOf()).containsOnlyKeys("a-huge");
    }

    @Test
    void stateOfTheFormerFormatIsStillReadAndContinued() {
        Clustering current = clusterer.cluster(null, bareSeeds());
        byte[] former = ClusterState.read(current.state()).write((byte) 5);
        assertThat(former[0]).isEqualTo((byte) 5);
        assertThat(former).isNotEqualTo(current.state());

        assertThat(clusterer.continuesFrom(former)).isTrue();
        Clustering continued = clusterer.cluster(former, List.of());
        assertThat(continued.state()).isEqualTo(current.state());
        assertThat(continued.storyOf()).isEqualTo(current.storyOf());
    }
}
