package org.dossier.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.analyze.Analyzers;
import org.dossier.analyze.ArticleAnalyzer;
import org.dossier.bench.clusters.ClusterScores;
import org.dossier.bench.clusters.EcbPlusDoc;
import org.dossier.bench.clusters.EcbPlusRun;
import org.dossier.bench.scale.ScaleBenchmark;
import org.dossier.model.Article;
import org.dossier.model.ArticleAnalysis;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.cluster.ClusterSettings;
import org.dossier.story.cluster.EventClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores story clustering on ECB+ (one story per gold sub-topic) with pairwise and BCubed P/R/F1,
 * beside the reference clusterings' scores; with {@code --scale}, measures clustering time and heap
 * at 100,000 articles instead.
 */
@Command(name = "clusters", description = "Scores story clustering on ECB+ (pairwise and BCubed F1 per event).")
public final class ClustersEval implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "ECB+ docs.jsonl (default: shared/bench/ecbplus/docs.jsonl beside the checkout)")
    Path file;

    @Option(names = "--split", defaultValue = "dev", description = "train, dev, test or all (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--batches", defaultValue = "4", description = "clustering calls the documents are fed in")
    int batches;

    @Option(names = "--words-only", description = "skip the analysis: cluster on words alone")
    boolean wordsOnly;

    @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "write {\"id\",\"cluster\"} lines for score_clusters.py")
    Path pred;

    @Option(names = "--sweep", description = "also print pairwise F1 over a grid of join/merge thresholds")
    boolean sweep;

    @Option(names = "--join", description = "override the join threshold")
    Double join;

    @Option(names = "--merge", description = "override the merge threshold")
    Double merge;

    @Option(names = "--name-weight", description = "override the weight of name features")
    Double nameWeight;

    @Option(names = "--identity-share", description = "override the share of names, numbers and dates in a vector")
    Double identityShare;

    @Option(names = "--scale", description = "run the scale benchmark (synthetic articles) instead")
    boolean scale;

    @Option(names = "--scale-base", defaultValue = "100000", description = "articles in the first build (--scale)")
    int scaleBase;

    @Option(names = "--scale-add", defaultValue = "10000", description = "articles added in the second build (--scale)")
    int scaleAdd;

    @Override
    public Integer call() throws IOException {
        if (scale) {
            ScaleBenchmark.run(scaleBase, scaleAdd, settings(), System.out);
            return 0;
        }
        if (!List.of("train", "dev", "test", "all").contains(split)) {
            System.err.println("--split must be train, dev, test or all, not " + split);
            return 2;
        }
        Path docsFile = file != null ? file : SharedData.dir().resolve("bench/ecbplus/docs.jsonl");
        List<EcbPlusDoc> docs = EcbPlusDoc.read(docsFile, split);
        if (docs.isEmpty()) {
            System.err.println("no documents of split " + split + " in " + docsFile);
            return 1;
        }
        List<AnalyzedArticle> articles = analyse(docs);
        Map<String, String> gold = new LinkedHashMap<>();
        for (EcbPlusDoc d : docs) {
            gold.put(d.id(), d.subtopic());
        }
        ClusterSettings settings = settings();
        Map<String, String> storyOf = EcbPlusRun.cluster(new EventClusterer(settings), articles, batches);
        ClusterScores s = ClusterScores.of(gold, storyOf);
        System.out.printf("eval clusters: ECB+ split=%s docs=%d gold events=%d stories=%d (%s, %d calls, "
                        + "join=%.3f merge=%.3f identity share %.2f, names x%.2f)%n", split, s.documents(), s.goldClusters(),
                s.predictedClusters(), wordsOnly ? "words only" : "standard analysis", batches, settings.join(),
                settings.merge(), settings.identityShare(), settings.nameWeight());
        System.out.printf("pairwise  P=%.4f R=%.4f F1=%.4f  (gold pairs %d, predicted %d, correct %d)%n",
                s.pairwiseP(), s.pairwiseR(), s.pairwiseF1(), s.goldPairs(), s.predictedPairs(), s.truePairs());
        System.out.printf("BCubed    P=%.4f R=%.4f F1=%.4f%n", s.bcubedP(), s.bcubedR(), s.bcubedF1());
        System.out.println("reference, dev, pairwise F1: TF-IDF + complete linkage 0.876, TF-IDF + average "
                + "linkage 0.805, topic-only clustering ~0.67 (thresholds tuned on dev)");
        if (pred != null) {
            writePredictions(pred, gold, storyOf);
            System.out.println("predictions written to " + pred);
        }
        if (sweep) {
            sweep(articles, gold, settings);
        }
        return 0;
    }

    private ClusterSettings settings() {
        ClusterSettings s = ClusterSettings.defaults();
        if (join != null) {
            s = s.withJoin(join);
        }
        if (merge != null) {
            s = s.withMerge(merge);
        }
        if (nameWeight != null) {
            s = s.withNameWeight(nameWeight);
        }
        if (identityShare != null) {
            s = s.withIdentityShare(identityShare);
        }
        return s;
    }

    private List<AnalyzedArticle> analyse(List<EcbPlusDoc> docs) {
        ArticleAnalyzer analyzer = wordsOnly ? null : Analyzers.standard();
        List<AnalyzedArticle> out = new ArrayList<>();
        for (EcbPlusDoc d : docs) {
            // ECB+ has no publication dates and no titles: text only.
            Article a = new Article(d.id(), null, null, null, null, "en", null, null, d.text(), null);
            out.add(new AnalyzedArticle(a, analyzer == null ? ArticleAnalysis.empty(a.id()) : analyzer.analyze(a)));
        }
        return out;
    }

    private void sweep(List<AnalyzedArticle> articles, Map<String, String> gold, ClusterSettings base) {
        double[] joins = {0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25};
        double[] merges = {0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.25, 0.3, 0.5};
        System.out.println("sweep: pairwise F1, rows join, columns merge");
        StringBuilder head = new StringBuilder("join\\merge");
        for (double m : merges) {
            head.append(String.format(" %6.2f", m));
        }
        System.out.println(head);
        for (double j : joins) {
            StringBuilder row = new StringBuilder(String.format("%10.2f", j));
            for (double m : merges) {
                Map<String, String> storyOf = EcbPlusRun.cluster(
                        new EventClusterer(base.withJoin(j).withMerge(m)), articles, batches);
                row.append(String.format(" %6.3f", ClusterScores.of(gold, storyOf).pairwiseF1()));
            }
            System.out.println(row);
        }
    }

    private static void writePredictions(Path file, Map<String, String> gold, Map<String, String> storyOf)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String id : gold.keySet()) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", id);
                line.put("cluster", storyOf.getOrDefault(id, "missing-" + id));
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
    }
}
