package org.dossier.story.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.model.Article;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeds through the product's standard analysis (entities, dates) and then the clusterer. */
class SeedStoriesWithAnalysisTest {

    private static List<AnalyzedArticle> analysed;

    private final EventClusterer clusterer = new EventClusterer();

    @BeforeAll
    static void analyse() {
        ArticleAnalyzer analyzer = Analyzers.standard();
        analysed = new ArrayList<>();
        for (Article a : Seeds.articles()) {
            analysed.add(new AnalyzedArticle(a, analyzer.analyze(a)));
        }
    }

    @Test
    void analysedSeedsKeepTheVirtualMeetingApart() {
        EventClustererTest.assertVirtualMeetingAlone(clusterer.cluster(null, analysed).storyOf());
    }

    @Test
    void analysedSeedsGiveTheSamePartitionInAnyOrderAndOneAtATime() {
        List<AnalyzedArticle> seeds = new ArrayList<>(analysed);
        Random random = new Random(3);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(seeds, random);
            EventClustererTest.assertVirtualMeetingAlone(clusterer.cluster(null, seeds).storyOf());
            byte[] state = null;
            Clustering c = null;
            for (AnalyzedArticle a : seeds) {
                c = clusterer.cluster(state, List.of(a));
                state = c.state();
            }
            EventClustererTest.assertVirtualMeetingAlone(c.storyOf());
        }
    }

    @Test
    void storiesThatGrowAreGroupedAgainWithTheirEarlierArticlesAndStayWhole() {
        // With the earlier articles to read back, every story that grows is grouped again: the
        // virtual meeting must stay apart in any order.
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        analysed.forEach(a -> byId.put(a.article().id(), a));
        List<AnalyzedArticle> seeds = new ArrayList<>(analysed);
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(seeds, random);
            byte[] state = null;
            Clustering c = null;
            for (AnalyzedArticle a : seeds) {
                c = clusterer.cluster(state, List.of(a), id -> Optional.ofNullable(byId.get(id)));
                state = c.state();
            }
            EventClustererTest.assertVirtualMeetingAlone(c.storyOf());
        }
    }
}
