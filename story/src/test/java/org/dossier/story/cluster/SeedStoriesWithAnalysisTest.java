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
    void analysedSeedsSplitIntoRomeMeetingAndVirtualMeeting() {
        EventClustererTest.assertRomeMeetingApartFromVirtualMeeting(clusterer.cluster(null, analysed).storyOf());
    }

    @Test
    void analysedSeedsGiveTheSamePartitionInAnyOrderAndOneAtATime() {
        List<AnalyzedArticle> seeds = new ArrayList<>(analysed);
        Random random = new Random(3);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(seeds, random);
            EventClustererTest.assertRomeMeetingApartFromVirtualMeeting(clusterer.cluster(null, seeds).storyOf());
            byte[] state = null;
            Clustering c = null;
            for (AnalyzedArticle a : seeds) {
                c = clusterer.cluster(state, List.of(a));
                state = c.state();
            }
            EventClustererTest.assertRomeMeetingApartFromVirtualMeeting(c.storyOf());
        }
    }

    @Test
    void storiesThatGrowAreGroupedAgainWithTheirEarlierArticlesAndStayWhole() {
        // With the earlier articles to read back, every story that grows is grouped again: the four
        // Rome reports must survive that in any order, and the virtual meeting must stay apart.
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
            EventClustererTest.assertRomeMeetingApartFromVirtualMeeting(c.storyOf());
        }
    }

    @Test
    void analysedSeedsWithoutPublicationDatesKeepTheVirtualMeetingApart() {
        // Without dates from metadata, only the dates and names in the text can tell 2020 from 2021.
        List<AnalyzedArticle> undated = new ArrayList<>();
        for (AnalyzedArticle a : analysed) {
            Article article = Seeds.withText(a.article(), a.article().id(), null, a.article().text());
            undated.add(new AnalyzedArticle(article, a.analysis()));
        }
        Clustering c = clusterer.cluster(null, undated);
        String virtual = c.storyOf().get("a-001_3f2330664d5f2acb");
        assertThat(c.storyOf().entrySet()).filteredOn(e -> e.getValue().equals(virtual)).hasSize(1);
    }
}
