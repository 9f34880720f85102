package org.dossier.bench.clusters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.story.AnalyzedArticle;
import org.dossier.story.cluster.ClusterSettings;
import org.dossier.story.cluster.EventClusterer;
import org.dossier.story.cluster.EventModel;
import org.dossier.story.cluster.EventSketch;
import org.dossier.story.cluster.FeatureExtractor;
import org.dossier.story.cluster.Idf;
import org.dossier.story.cluster.PairFeatures;

/**
 * Trains the same-event model on labelled sets: every pair of articles of a set that the clusterer
 * would compare (their leads share a word or a name) is an example (same gold event or not), each set weighing as much as any other, its pairs in their natural
 * proportions (most pairs of real news are of different events). The L2 penalty and the joining threshold are chosen by
 * cross-validation of the whole clustering: folds keep each group (an ECB+ topic, a PolNeAR event)
 * whole; each fold's articles are clustered, among all the other articles as a build would meet them,
 * by a model trained without them, and every pair that holds one of them is scored (a held-out article put with
 * one trained on is joined wrongly, since folds keep groups whole); the settings (penalty, linkage, threshold)
 * with the best pooled pairwise F1, averaged over the sets, win. The final model is trained on all.
 */
public final class EventModelTrainer {

    static final double[] PENALTIES = {0.0001, 0.001, 0.01};
    static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
        0.75, 0.8, 0.85, 0.9};

    /** One example: two articles of one set, their features, whether they report one event, their weight. */
    record Example(String set, String a, String b, double[] x, int y, double weight) {
    }

    /** The trained model with the figures it was chosen by. */
    public record Result(EventModel model, List<String> report, Map<String, int[]> pairCounts) {
    }

    private final int folds;
    private final long seed;

    public EventModelTrainer(int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least two folds, got " + folds);
        }
        this.folds = folds;
        this.seed = seed;
    }

    public Result train(List<AnalysedSet> sets, EventModel.Provenance provenance) {
        List<Example> examples = new ArrayList<>();
        Map<String, int[]> pairCounts = new LinkedHashMap<>();
        for (AnalysedSet set : sets) {
            pairCounts.put(set.name(), examples(set, examples));
        }
        Map<String, Integer> foldOf = folds(sets);
        List<AnalyzedArticle> all = new ArrayList<>();
        for (AnalysedSet set : sets) {
            for (AnalyzedArticle a : set.articles()) {
                all.add(a);
            }
        }

        // Cross-validation: pooled out-of-fold clusterings per penalty and threshold.
        double bestScore = -1;
        double bestPenalty = PENALTIES[0];
        double bestThreshold = THRESHOLDS[0];
        EventModel.Linkage bestLinkage = EventModel.Linkage.MEAN;
        Map<String, Double> bestPerSet = Map.of();
        List<String> report = new ArrayList<>();
        for (double l2 : PENALTIES) {
            // Per setting and set: weighted same-event pairs found, pairs joined wrongly, pairs missed.
            Map<String, Map<String, double[]>> counts = new ConcurrentHashMap<>();
            for (int f = 0; f < folds; f++) {
                int fold = f;
                List<Example> training = new ArrayList<>();
                for (Example e : examples) {
                    if (foldOf.get(e.a()) != fold && foldOf.get(e.b()) != fold) {
                        training.add(e);
                    }
                }
                EventModel model = model(fit(training, l2), 0.5, provenance);
                // The held-out articles are clustered among all the others, as dense as the stream a user
                // builds: the trained-on articles are their distractors, and joining one is an error.
                List<String> settings = new ArrayList<>();
                for (EventModel.Linkage linkage : EventModel.Linkage.values()) {
                    for (double t : THRESHOLDS) {
                        settings.add(linkage + " " + t);
                    }
                }
                settings.parallelStream().forEach(setting -> {
                    String[] parts = setting.split(" ");
                    EventModel tuned = model.withThreshold(Double.parseDouble(parts[1]))
                            .withLinkage(EventModel.Linkage.valueOf(parts[0]));
                    Map<String, String> storyOf = new EventClusterer(tuned, ClusterSettings.defaults()).cluster(null, all).storyOf();
                    Map<String, double[]> mine = counts.computeIfAbsent(setting, k -> new ConcurrentHashMap<>());
                    for (AnalysedSet set : sets) {
                        double[] c = heldOutPairs(set, storyOf, foldOf, fold);
                        mine.merge(set.name(), c, EventModelTrainer::sum);
                    }
                });
            }
            for (EventModel.Linkage linkage : EventModel.Linkage.values()) {
                for (double t : THRESHOLDS) {
                    Map<String, Double> perSet = new LinkedHashMap<>();
                    double mean = 0;
                    for (AnalysedSet set : sets) {
                        double f1 = f1(counts.get(linkage + " " + t).get(set.name()));
                        perSet.put(set.name(), f1);
                        mean += f1 / sets.size();
                    }
                    if (mean > bestScore) {
                        bestScore = mean;
                        bestPenalty = l2;
                        bestThreshold = t;
                        bestLinkage = linkage;
                        bestPerSet = perSet;
                    }
                }
            }
        }
        EventModel.Provenance chosen = new EventModel.Provenance(provenance.command(), provenance.created(),
                provenance.data(), new ArrayList<>());
        EventModel model = model(fit(examples, bestPenalty), bestThreshold, chosen).withLinkage(bestLinkage);
        report.add(String.format("chosen by %d-fold cross-validation: l2=%s linkage=%s threshold=%.2f "
                + "(mean pooled pairwise F1 %.4f)", folds, bestPenalty, bestLinkage, bestThreshold, bestScore));
        // Train figures: all articles clustered together by the model trained on all and scored on every
        // pair of each set, so train and cross-validated figures differ only in whether the scored
        // articles were seen in training.
        Map<String, String> inSample = new EventClusterer(model, ClusterSettings.defaults()).cluster(null, all).storyOf();
        for (AnalysedSet set : sets) {
            Map<String, String> mine = new HashMap<>();
            set.eventOf().keySet().forEach(id -> mine.put(id, inSample.get(id)));
            ClusterScores train = ClusterScores.of(set.eventOf(), mine);
            report.add(String.format("%-14s pairwise F1: train %.4f (P %.4f R %.4f), cross-validated %.4f",
                    set.name(), train.pairwiseF1(), train.pairwiseP(), train.pairwiseR(), bestPerSet.get(set.name())));
        }
        StringBuilder weights = new StringBuilder("weights: bias " + String.format("%.3f", model.bias()));
        for (int i = 0; i < PairFeatures.NAMES.size(); i++) {
            weights.append(String.format(", %s %.3f", PairFeatures.NAMES.get(i), model.weights().get(i)));
        }
        report.add(weights.toString());
        EventModel withScores = new EventModel(model.features(), model.bias(), model.weights(), model.threshold(), model.linkage(),
                new EventModel.Provenance(provenance.command(), provenance.created(), provenance.data(), report));
        return new Result(withScores, report, pairCounts);
    }

    /**
     * The pairs of {@code set} that hold an article of fold {@code fold}, scored against the set's gold events:
     * {same-event pairs joined, other pairs joined, same-event pairs kept apart}. A pair of two held-out
     * articles counts once; a pair of a held-out article and one trained on counts one half, since it is
     * scored again in the other article's fold: over all folds every pair of the set weighs one.
     */
    static double[] heldOutPairs(AnalysedSet set, Map<String, String> storyOf, Map<String, Integer> foldOf, int fold) {
        List<String> ids = new ArrayList<>(set.eventOf().keySet());
        double[] c = new double[3];
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                boolean heldA = foldOf.get(a) == fold;
                boolean heldB = foldOf.get(b) == fold;
                if (!heldA && !heldB) {
                    continue;
                }
                double weight = heldA && heldB ? 1 : 0.5;
                boolean joined = storyOf.get(a).equals(storyOf.get(b));
                boolean same = set.eventOf().get(a).equals(set.eventOf().get(b));
                if (joined && same) {
                    c[0] += weight;
                } else if (joined) {
                    c[1] += weight;
                } else if (same) {
                    c[2] += weight;
                }
            }
        }
        return c;
    }

    private static double[] sum(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }

    /** Pairwise F1 of {found, joined wrongly, missed}; 0 when nothing was found. */
    static double f1(double[] c) {
        return c[0] == 0 ? 0 : 2 * c[0] / (2 * c[0] + c[1] + c[2]);
    }

    private static EventModel model(LogisticRegression.Fit fit, double threshold, EventModel.Provenance provenance) {
        List<Double> w = new ArrayList<>();
        for (double v : fit.weights()) {
            w.add(v);
        }
        return new EventModel(PairFeatures.NAMES, fit.bias(), w, threshold, EventModel.Linkage.MEAN, provenance);
    }

    private static LogisticRegression.Fit fit(List<Example> examples, double l2) {
        double[][] x = new double[examples.size()][];
        int[] y = new int[examples.size()];
        double[] w = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            x[i] = examples.get(i).x();
            y[i] = examples.get(i).y();
            w[i] = examples.get(i).weight();
        }
        return LogisticRegression.fit(x, y, w, l2);
    }

    /**
     * Adds every pair of the set's articles the clusterer would compare, under the set's own document frequencies (as one
     * build of the set would weigh them). Returns {same-event pairs, other pairs}.
     */
    static int[] examples(AnalysedSet set, List<Example> out) {
        FeatureExtractor extractor = new FeatureExtractor();
        List<EventSketch> sketches = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (AnalyzedArticle a : set.articles()) {
            EventSketch s = extractor.extract(a);
            sketches.add(s);
            s.documentKeys().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        Idf idf = Idf.of(df, sketches.size());
        int positives = 0;
        int negatives = 0;
        List<Example> mine = new ArrayList<>();
        for (int i = 0; i < sketches.size(); i++) {
            for (int j = i + 1; j < sketches.size(); j++) {
                double[] x = PairFeatures.of(sketches.get(i), sketches.get(j), idf);
                if (!PairFeatures.comparable(x)) {
                    // A pair that shares nothing in its leads is never compared by the clusterer.
                    continue;
                }
                String a = sketches.get(i).id();
                String b = sketches.get(j).id();
                int y = set.eventOf().get(a).equals(set.eventOf().get(b)) ? 1 : 0;
                if (y == 1) {
                    positives++;
                } else {
                    negatives++;
                }
                mine.add(new Example(set.name(), a, b, x, y, 0));
            }
        }
        // Every set weighs the same; within a set, pairs keep their natural proportions.
        double weight = 1.0 / Math.max(1, positives + negatives);
        for (Example e : mine) {
            out.add(new Example(e.set(), e.a(), e.b(), e.x(), e.y(), weight));
        }
        return new int[] {positives, negatives};
    }

    /** Each article's fold: the groups of every set, shuffled with the seed, dealt round the folds. */
    private Map<String, Integer> folds(List<AnalysedSet> sets) {
        Map<String, Integer> foldOf = new HashMap<>();
        Random random = new Random(seed);
        for (AnalysedSet set : sets) {
            List<String> groups = new ArrayList<>(new TreeSet<>(set.groupOf().values()));
            Collections.shuffle(groups, random);
            Map<String, Integer> foldOfGroup = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                foldOfGroup.put(groups.get(i), i % folds);
            }
            set.groupOf().forEach((id, group) -> foldOf.put(id, foldOfGroup.get(group)));
        }
        return foldOf;
    }
}
