package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.junit.jupiter.api.Test;

/**
 * A report that joined a story while it was small, and no longer looks like the event the story
 * shows once it has grown, leaves it: the stories do not depend on which report came first.
 */
class StrayEvictionTest {

    /** Weighs lead words alone: probability one half at a lead cosine of 0.45. */
    private static final EventModel LEAD_WORDS = leadWordsModel();

    private static EventModel leadWordsModel() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(PairFeatures.NAMES.size(), 0.0));
        weights.set(PairFeatures.NAMES.indexOf("lead_words"), 12.0);
        return new EventModel(PairFeatures.NAMES, -5.4, weights, 0.5, EventModel.Linkage.MEAN, null);
    }

    private static AnalyzedArticle article(String id, String text) {
        Article a = new Article(id, null, null, null, null, "en", null, null, text, null);
        return new AnalyzedArticle(a, ArticleAnalysis.empty(id));
    }

    // The strike at the harbour, four reports, and a report of the dockers' union vote that shares
    // the first report's opening words but nothing of the strike's later reports.
    private static final List<AnalyzedArticle> REPORTS = List.of(
            article("a-1", "Dockers strike at the harbour over pay. Cranes stand idle on the quays."),
            article("a-2", "Dockers strike at the harbour over pay. The union counts the ballots."),
            article("a-3", "Dockers strike: cranes stand idle on the quays of the harbour."),
            article("a-4", "Cranes stand idle on the quays as dockers strike for a second day."),
            article("a-5", "Idle cranes on the quays: the dockers strike for a third day."));

    private static void assertStrikeTogetherAndVoteApart(Map<String, String> storyOf) {
        String strike = storyOf.get("a-1");
        assertThat(List.of("a-3", "a-4", "a-5")).allSatisfy(id -> assertThat(storyOf.get(id)).isEqualTo(strike));
        assertThat(storyOf.get("a-2")).isNotEqualTo(strike);
    }

    @Test
    void aReportThatJoinedWhileTheStoryWasSmallLeavesOnceTheStoryShowsItsEvent() {
        EventClusterer clusterer = new EventClusterer(LEAD_WORDS, ClusterSettings.defaults());
        // With two reports, the vote report is taken for the strike's: their leads are alike.
        assertThat(clusterer.cluster(null, REPORTS.subList(0, 2)).storyOf()).containsEntry("a-2", "s-1");

        // The third shows the strike; the vote report leaves, and the story it leaves is touched.
        var first = clusterer.cluster(null, REPORTS.subList(0, 2));
        var second = clusterer.cluster(first.state(), REPORTS.subList(2, 3));
        assertThat(second.storyOf().get("a-2")).isNotEqualTo(second.storyOf().get("a-1"));
        assertThat(second.touched()).contains(second.storyOf().get("a-1"), second.storyOf().get("a-2"));

        assertStrikeTogetherAndVoteApart(clusterer.cluster(null, REPORTS).storyOf());
    }

    @Test
    void theVoteReportComingLastEndsWhereItEndsComingSecond() {
        EventClusterer clusterer = new EventClusterer(LEAD_WORDS, ClusterSettings.defaults());
        List<AnalyzedArticle> voteLast = new ArrayList<>(REPORTS);
        voteLast.add(voteLast.remove(1));
        byte[] state = null;
        Map<String, String> storyOf = Map.of();
        for (AnalyzedArticle a : voteLast) {
            var c = clusterer.cluster(state, List.of(a));
            state = c.state();
            storyOf = c.storyOf();
        }
        assertStrikeTogetherAndVoteApart(storyOf);
    }
}
