package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.cluster.EventClusterer;
import org.junit.jupiter.api.Test;

/**
 * Story clustering on the ECB+ train and dev splits, words only (the entity analysis does not
 * change these scores, and without it the test needs no models): each topic holds two events of one
 * kind, and a story must hold one event.
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

    @Test
    void oneBuildOfTheDevSplitReachesTheTarget() throws IOException {
        ClusterScores dev = score("dev", 1);
        assertThat(dev.documents()).isEqualTo(196);
        assertThat(dev.pairwiseF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(dev.bcubedF1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theTrainSplitTheSettingsWereChosenOnStaysAboveTheBaseline() throws IOException {
        assertThat(score("train", 1).pairwiseF1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void manySmallBuildsEndNearOneBigBuild() throws IOException {
        // Twenty builds of about ten articles: each story that grows is grouped again with what
        // came before, so the early builds' few reports do not fix its shape for good.
        ClusterScores oneBuild = score("dev", 1);
        ClusterScores twentyBuilds = score("dev", 20);
        assertThat(twentyBuilds.pairwiseF1()).isGreaterThanOrEqualTo(0.88);
        assertThat(twentyBuilds.pairwiseF1()).isGreaterThan(oneBuild.pairwiseF1() - 0.05);
        assertThat(score("train", 4).pairwiseF1()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void twoTitleDefencesOfOneBoxerAreTwoStories() throws IOException {
        // Topic 7: Klitschko against Rahman (2008) and against Thompson (2012); same names, titles, words.
        // Clustered among the whole train split, as one build would see them.
        List<EcbPlusDoc> train = EcbPlusDoc.read(DOCS, "train");
        Map<String, String> storyOf = EcbPlusRun.cluster(new EventClusterer(), articles(train), 1);
        List<EcbPlusDoc> docs = train.stream().filter(d -> d.topic().equals("7")).toList();
        Map<String, Set<String>> byStory = docs.stream().map(EcbPlusDoc::id).collect(Collectors.toMap(id -> id,
                storyOf::get)).entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toCollection(TreeSet::new))));
        Map<String, Set<String>> byEvent = docs.stream().collect(Collectors.groupingBy(
                EcbPlusDoc::subtopic, Collectors.mapping(EcbPlusDoc::id, Collectors.toCollection(TreeSet::new))));
        assertThat(byEvent).hasSize(2);
        assertThat(Set.copyOf(byStory.values())).isEqualTo(Set.copyOf(byEvent.values()));
    }
}
