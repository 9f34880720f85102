package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aStoryAnEarlyBuildMergedIsSplitByLaterReportsAndCopiesStayWithTheirOriginals() throws IOException {
        // Topic 7 again: two reports of each bout and a verbatim copy, then the rest of the topic.
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
        assertThat(Set.copyOf(one.storyOf().values())).as("four reports are too few to part the bouts").hasSize(1);

        List<AnalyzedArticle> rest = articles(docs.stream().filter(d -> !stored.containsKey(d.id())).toList());
        rest.forEach(a -> stored.put(a.article().id(), a));
        Map<String, String> storyOf = clusterer.cluster(one.state(), rest,
                id -> Optional.ofNullable(stored.get(id))).storyOf();

        String rahmanStory = storyOf.get(rahman.get(0).id());
        assertThat(rahmanStory).isEqualTo(one.storyOf().get(rahman.get(0).id()));
        assertThat(storyOf.get("7_copy")).isEqualTo(rahmanStory);
        assertThat(storyOf.get(thompson.get(0).id())).isNotEqualTo(rahmanStory);
        assertThat(storyOf.get(thompson.get(1).id())).isNotEqualTo(rahmanStory);
        for (EcbPlusDoc r : rahman) {
            for (EcbPlusDoc t : thompson) {
                assertThat(storyOf.get(r.id())).as("%s and %s", r.id(), t.id()).isNotEqualTo(storyOf.get(t.id()));
            }
        }
    }
}
