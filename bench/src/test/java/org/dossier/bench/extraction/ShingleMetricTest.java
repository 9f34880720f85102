package org.dossier.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the Zyte shingle metric. */
class ShingleMetricTest {

    private static final double EPS = 1e-9;

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleMetric.tokens("Größe: über 4 Jahre, l'été")).containsExactly("Größe", "über", "4", "Jahre",
                "l", "été");
    }

    @Test
    void oneDifferingWordSplitsShinglesIntoThirds() {
        // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x] -> tp 1, fp 1, fn 1
        ShingleMetric.PageScore s = ShingleMetric.page("a b c d e", "a b c d x");

        assertThat(s.tp()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.fp()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.fn()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.exact()).isFalse();
    }

    @Test
    void shortTextIsOneShorterShingle() {
        // [one two] against [one two three]: nothing shared
        ShingleMetric.PageScore s = ShingleMetric.page("one two", "one two three");

        assertThat(s.tp()).isZero();
        assertThat(s.fp()).isCloseTo(0.5, within(EPS));
        assertThat(s.fn()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void emptyPredictionIsOneEmptyShingleCountedAsFalsePositive() {
        // truth [x y z w], [y z w v]; prediction: the empty shingle -> tp 0, fp 1, fn 2
        ShingleMetric.PageScore s = ShingleMetric.page("x y z w v", "");

        assertThat(s.fp()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.fn()).isCloseTo(2 / 3.0, within(EPS));
    }

    @Test
    void repeatedShinglesAreCountedAsAMultiset() {
        // truth: abcd x2, bcda, cdab, dabc; prediction: abcd once -> tp 1, fp 0, fn 4
        ShingleMetric.PageScore s = ShingleMetric.page("a b c d a b c d", "a b c d");

        assertThat(s.tp()).isCloseTo(0.2, within(EPS));
        assertThat(s.fn()).isCloseTo(0.8, within(EPS));
        ShingleMetric.Score agg = ShingleMetric.aggregate(List.of(s));
        assertThat(agg.precision()).isCloseTo(1.0, within(EPS));
        assertThat(agg.recall()).isCloseTo(0.2, within(EPS));
        assertThat(agg.f1()).isCloseTo(2 * 0.2 / 1.2, within(EPS));
    }

    @Test
    void corpusScoresAreMacroMeansAndF1OfTheMeans() {
        ShingleMetric.PageScore half = ShingleMetric.page("a b c d e", "a b c d x"); // P 0.5, R 0.5
        ShingleMetric.PageScore perfect = ShingleMetric.page("Hello, world!", "Hello world"); // same tokens
        ShingleMetric.PageScore missed = ShingleMetric.page("x y z w v", ""); // P 0, R 0

        ShingleMetric.Score two = ShingleMetric.aggregate(List.of(half, perfect));
        ShingleMetric.Score three = ShingleMetric.aggregate(List.of(half, perfect, missed));

        assertThat(two.precision()).isCloseTo(0.75, within(EPS));
        assertThat(two.recall()).isCloseTo(0.75, within(EPS));
        assertThat(two.f1()).isCloseTo(0.75, within(EPS));
        assertThat(two.accuracy()).isCloseTo(0.5, within(EPS));
        assertThat(three.precision()).isCloseTo(0.5, within(EPS));
        assertThat(three.recall()).isCloseTo(0.5, within(EPS));
        assertThat(three.accuracy()).isCloseTo(1 / 3.0, within(EPS));
    }
}
