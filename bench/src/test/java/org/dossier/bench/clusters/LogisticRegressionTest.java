package org.dossier.bench.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    /** Examples drawn from {@code P(y=1) = sigmoid(1 + 2 x1 - 3 x2)}, x uniform on [0, 1). */
    private static double[][] xs(int n, Random random) {
        double[][] x = new double[n][2];
        for (double[] row : x) {
            row[0] = random.nextDouble();
            row[1] = random.nextDouble();
        }
        return x;
    }

    private static int[] labels(double[][] x, Random random) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double p = 1 / (1 + Math.exp(-(1 + 2 * x[i][0] - 3 * x[i][1])));
            y[i] = random.nextDouble() < p ? 1 : 0;
        }
        return y;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    @Test
    void recoversTheWeightsThatGeneratedTheLabels() {
        Random random = new Random(3);
        double[][] x = xs(40_000, random);
        int[] y = labels(x, random);

        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, ones(x.length), 1e-6);

        assertThat(fit.bias()).isCloseTo(1, within(0.12));
        assertThat(fit.weights()[0]).isCloseTo(2, within(0.15));
        assertThat(fit.weights()[1]).isCloseTo(-3, within(0.15));
        assertThat(fit.iterations()).isLessThan(20);
        assertThat(fit.probability(new double[] {0, 1})).isCloseTo(1 / (1 + Math.exp(2)), within(0.03));
    }

    @Test
    void anExampleOfWeightTwoCountsAsTwoCopies() {
        Random random = new Random(5);
        double[][] x = xs(500, random);
        int[] y = labels(x, random);
        double[] w = ones(x.length);
        w[0] = 2;
        double[][] x2 = new double[x.length + 1][];
        int[] y2 = new int[y.length + 1];
        System.arraycopy(x, 0, x2, 0, x.length);
        System.arraycopy(y, 0, y2, 0, y.length);
        x2[x.length] = x[0];
        y2[y.length] = y[0];

        LogisticRegression.Fit weighted = LogisticRegression.fit(x, y, w, 1e-3);
        LogisticRegression.Fit copied = LogisticRegression.fit(x2, y2, ones(x2.length), 1e-3);

        assertThat(weighted.bias()).isCloseTo(copied.bias(), within(1e-6));
        assertThat(weighted.weights()[0]).isCloseTo(copied.weights()[0], within(1e-6));
        assertThat(weighted.weights()[1]).isCloseTo(copied.weights()[1], within(1e-6));
    }

    @Test
    void thePenaltyShrinksTheWeightsButNotTheBias() {
        Random random = new Random(9);
        double[][] x = xs(2_000, random);
        int[] y = labels(x, random);

        LogisticRegression.Fit loose = LogisticRegression.fit(x, y, ones(x.length), 1e-6);
        LogisticRegression.Fit tight = LogisticRegression.fit(x, y, ones(x.length), 1e4);

        assertThat(Math.abs(tight.weights()[0])).isLessThan(Math.abs(loose.weights()[0]) / 10);
        assertThat(Math.abs(tight.weights()[1])).isLessThan(Math.abs(loose.weights()[1]) / 10);
        // With the weights held near zero the bias alone fits the share of positives.
        double share = java.util.Arrays.stream(y).average().orElseThrow();
        assertThat(1 / (1 + Math.exp(-tight.bias()))).isCloseTo(share, within(0.02));
    }

    @Test
    void separableDataStaysFiniteUnderAPenalty() {
        double[][] x = {{0}, {0.1}, {0.2}, {0.8}, {0.9}, {1}};
        int[] y = {0, 0, 0, 1, 1, 1};

        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, ones(6), 1e-2);

        assertThat(Double.isFinite(fit.weights()[0])).isTrue();
        assertThat(fit.probability(new double[] {1})).isGreaterThan(0.9);
        assertThat(fit.probability(new double[] {0})).isLessThan(0.1);
    }

    @Test
    void mismatchedInputIsRefused() {
        assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new int[] {1, 0}, ones(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.fit(new double[0][], new int[0], new double[0], 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void solvesALinearSystemThatNeedsPivoting() {
        double[] x = LogisticRegression.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertThat(x[0]).isCloseTo(1, within(1e-12));
        assertThat(x[1]).isCloseTo(2, within(1e-12));
    }
}
