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
}
