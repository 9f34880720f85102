package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.Clustering;
import org.dossier.story.cluster.EventClusterer;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on the ECB+ train and dev splits: each topic holds two events of one kind, and a
 * story must hold one event. Most tests use words only (no models needed); the stream test uses
 * the analysis, as builds do.
 */
class EcbPlusClusteringTest {

    private static final Path DOCS = Path.of(System.getProperty("dossier.shared", "../shared"),
            "bench", "ecbplus", "docs.jsonl");

    private static List<AnalyzedArticle> articles(List<EcbPlusDoc> docs) {
        return docs.stream().map(d -> {
            Article a = new Article(d.id(), null, null, null, null, "en", null, null, d.text(), null);
            return new AnalyzedArticle(a, ArticleAnalysis.empty(a.id()));
        }).toList();
    }

    private static ClusterScores score(String split, int calls) throws IOException {
        List<EcbPlusDoc> docs = EcbPlusDoc.read(DOCS, split);
        Map<String, String> gold = new LinkedHashMap<>();
        docs.forEach(d -> gold.put(d.id(), d.subtopic()));
        return ClusterScores.of(gold, EcbPlusRun.cluster(new EventClusterer(), articles(docs), calls));
    }

    /** Every topic one story: what a clusterer that groups by subject scores. */
    private static ClusterScores topicOnly(String split) throws IOException {
        List<EcbPlusDoc> docs = EcbPlusDoc.read(DOCS, split);
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> byTopic = new LinkedHashMap<>();
        docs.forEach(d -> {
            gold.put(d.id(), d.subtopic());
            byTopic.put(d.id(), d.topic());
        });
        return ClusterScores.of(gold, byTopic);
    }

    @Test
    void theDevSplitNoModelWasTrainedOnIsClusteredByEventNotByTopic() throws IOException {
        ClusterScores dev = score("dev", 1);
        ClusterScores topics = topicOnly("dev");
        assertThat(dev.documents()).isEqualTo(196);
        assertThat(dev.pairwiseF1()).isGreaterThan(topics.pairwiseF1() + 0.05);
        assertThat(dev.pairwiseP()).as("stories hold one event more often than topics do")
                .isGreaterThan(topics.pairwiseP());
        assertThat(dev.bcubedF1()).isGreaterThan(topics.bcubedF1());
    }

    @Test
    void manySmallBuildsEndWithin002OfOneBigBuild() throws IOException {
        // As users get it: the articles analysed (names, days, places), arriving in a fixed shuffled
        // order, in one call, in 20 calls and one article per call.
        Path bench = DOCS.getParent().getParent();
        AnalysedSet dev = AnalysedSet.of(EventSet.read(bench, "ecbplus-dev"), null, 2);
        ClusterScores oneBuild = ClusterScores.of(dev.eventOf(), EcbPlusRun.cluster(new EventClusterer(), dev.articles(), 1));
        ClusterScores twentyBuilds = ClusterScores.of(dev.eventOf(),
                EcbPlusRun.cluster(new EventClusterer(), dev.articles(), 20));
        ClusterScores oneAtATime = ClusterScores.of(dev.eventOf(),
                EcbPlusRun.cluster(new EventClusterer(), dev.articles(), dev.articles().size()));
        assertThat(dev.articles()).hasSize(196);
        assertThat(twentyBuilds.pairwiseF1()).isCloseTo(oneBuild.pairwiseF1(), within(0.02));
        assertThat(oneAtATime.pairwiseF1()).isCloseTo(oneBuild.pairwiseF1(), within(0.02));
    }

    @Test
    void aCopyStaysWithItsOriginalAndEarlierStoriesKeepTheirIdsInLaterBuilds() throws IOException {
        // Topic 7: two reports of each of two bouts and a verbatim copy, then the rest of the topic.
        List<EcbPlusDoc> docs = EcbPlusDoc.read(DOCS, "train").stream().filter(d -> d.topic().equals("7")).toList();
        List<EcbPlusDoc> rahman = docs.stream().filter(d -> d.subtopic().equals("7-ecb")).toList();
        List<EcbPlusDoc> thompson = docs.stream().filter(d -> d.subtopic().equals("7-ecbplus")).toList();
        List<EcbPlusDoc> early = List.of(rahman.get(0), thompson.get(0), rahman.get(1), thompson.get(1),
                new EcbPlusDoc("7_copy", "7", "7-ecb", "train", rahman.get(0).text()));
        Map<String, AnalyzedArticle> stored = new HashMap<>();
        List<AnalyzedArticle> first = articles(early);
        first.forEach(a -> stored.put(a.article().id(), a));
        EventClusterer clusterer = new EventClusterer();
        Clustering one = clusterer.cluster(null, first, id -> Optional.ofNullable(stored.get(id)));
        assertThat(one.duplicateOf()).containsEntry("7_copy", rahman.get(0).id());

        List<AnalyzedArticle> rest = articles(docs.stream().filter(d -> !stored.containsKey(d.id())).toList());
        rest.forEach(a -> stored.put(a.article().id(), a));
        Map<String, String> storyOf = clusterer.cluster(one.state(), rest,
                id -> Optional.ofNullable(stored.get(id))).storyOf();

        String rahmanStory = storyOf.get(rahman.get(0).id());
        assertThat(rahmanStory).isEqualTo(one.storyOf().get(rahman.get(0).id()));
        assertThat(storyOf.get("7_copy")).isEqualTo(rahmanStory);
        assertThat(storyOf).containsKeys(thompson.get(0).id(), thompson.get(1).id());
        assertThat(storyOf.keySet()).containsAll(stored.keySet());
    }
}
