package org.dossier.bench.clusters;

import java.util.Arrays;

/**
 * Weighted, L2-regularised logistic regression fitted by Newton's method (iteratively reweighted
 * least squares): few features, many examples, an exact optimum in a dozen steps. The intercept is
 * not regularised.
 */
public final class LogisticRegression {

    /** A fitted model: intercept and one weight per feature. */
    public record Fit(double bias, double[] weights, int iterations) {
        public Fit {
            weights = weights.clone();
        }

        public double probability(double[] x) {
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private LogisticRegression() {
    }

    /**
     * Fits {@code y ~ x} with example weights {@code w} and penalty {@code l2 * |weights|^2 / 2}.
     *
     * @throws IllegalArgumentException if the arrays disagree in length or hold no example
     */
    public static Fit fit(double[][] x, int[] y, double[] w, double l2) {
        int n = x.length;
        if (n == 0 || y.length != n || w.length != n) {
            throw new IllegalArgumentException("need as many labels and weights as examples (at least one): "
                    + n + ", " + y.length + ", " + w.length);
        }
        int d = x[0].length + 1;
        double[] beta = new double[d];
        int iteration = 0;
        for (; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < n; i++) {
                double z = beta[0];
                for (int k = 1; k < d; k++) {
                    z += beta[k] * x[i][k - 1];
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = w[i] * (p - y[i]);
                double h = w[i] * Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a < d; a++) {
                    double xa = a == 0 ? 1 : x[i][a - 1];
                    gradient[a] += g * xa;
                    for (int b = a; b < d; b++) {
                        double xb = b == 0 ? 1 : x[i][b - 1];
                        hessian[a][b] += h * xa * xb;
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[a][b] = hessian[b][a];
                }
                if (a > 0) {
                    gradient[a] += l2 * beta[a];
                    hessian[a][a] += l2;
                }
                hessian[a][a] += 1e-9;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                beta[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-8) {
                iteration++;
                break;
            }
        }
        return new Fit(beta[0], Arrays.copyOfRange(beta, 1, d), iteration);
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-300) {
                throw new ArithmeticException("singular system at column " + col);
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
