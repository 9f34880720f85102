package org.dossier.story.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The learned same-event model: logistic regression over {@link PairFeatures}, and the probability
 * at or above which an article joins a story (chosen by cross-validation of the whole clustering).
 * Built by {@code dossier train clusters} and shipped as the resource {@value #RESOURCE}; it records
 * where its data came from and how well it did, so a result can be explained later.
 *
 * @param features   the feature names the weights follow ({@link PairFeatures#NAMES})
 * @param weights    one weight per feature
 * @param threshold  the story score at which an article joins a story (or two stories merge)
 * @param linkage    how a story's score is made from the same-event probabilities of its articles
 *                   ({@link Linkage}); chosen by cross-validation like the threshold
 */
public record EventModel(List<String> features, double bias, List<Double> weights, double threshold,
                         Linkage linkage, Provenance provenance) {

    /** How the pairwise probabilities between an article and a story's articles make one score. */
    public enum Linkage {
        /** Their mean: every article of the story must look like the same event. */
        MEAN,
        /** Their maximum: one article of the story that surely reports the event is enough. */
        MAX,
        /** Their minimum (complete linkage): no article of the story may look like another event. */
        MIN;

        /** The score of {@code probabilities} (not empty). */
        public double score(double[] probabilities) {
            double sum = 0;
            double max = 0;
            double min = 1;
            for (double p : probabilities) {
                sum += p;
                max = Math.max(max, p);
                min = Math.min(min, p);
            }
            return switch (this) {
                case MEAN -> sum / probabilities.length;
                case MAX -> max;
                case MIN -> min;
            };
        }
    }

    public static final String RESOURCE = "event-model.json";

    /** Where the model came from. */
    public record Provenance(String command, String created, List<Source> data, List<String> scores) {
        public Provenance {
            data = data == null ? List.of() : List.copyOf(data);
            scores = scores == null ? List.of() : List.copyOf(scores);
        }
    }

    /** One training set: its name, the files it was read from with their SHA-256, counts, licence. */
    public record Source(String name, List<String> files, int articles, int positivePairs, int negativePairs,
                         String licence) {
        public Source {
            Objects.requireNonNull(name, "name");
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    public EventModel {
        features = List.copyOf(features);
        linkage = linkage == null ? Linkage.MEAN : linkage;
        weights = List.copyOf(weights);
        if (features.size() != weights.size()) {
            throw new IllegalArgumentException("features and weights differ in number: " + features.size() + ", "
                    + weights.size());
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0,1), got " + threshold);
        }
    }

    /** The shipped model; fails if it was built for other features than this version computes. */
    public static EventModel shipped() {
        try (InputStream in = EventModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the story model " + RESOURCE + " is missing from the class path");
            }
            EventModel model = new ObjectMapper().readValue(in, EventModel.class);
            model.checkFeatures();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the story model " + RESOURCE, e);
        }
    }

    /** A model file that {@code train clusters --out} wrote; fails if it was built for other features. */
    public static EventModel read(Path file) {
        try {
            EventModel model = new ObjectMapper().readValue(file.toFile(), EventModel.class);
            model.checkFeatures();
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the story model " + file, e);
        }
    }

    /** Fails unless the weights are for {@link PairFeatures#NAMES}. */
    public void checkFeatures() {
        if (!features.equals(PairFeatures.NAMES)) {
            throw new IllegalStateException("the story model was built for features " + features + ", this version "
                    + "computes " + PairFeatures.NAMES + ": run dossier train clusters");
        }
    }

    public EventModel withThreshold(double value) {
        return new EventModel(features, bias, weights, value, linkage, provenance);
    }

    public EventModel withLinkage(Linkage value) {
        return new EventModel(features, bias, weights, threshold, value, provenance);
    }

    /** The probability that the two articles of feature vector {@code x} report one event. */
    public double probability(double[] x) {
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights.get(i) * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
