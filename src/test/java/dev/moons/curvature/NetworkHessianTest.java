package dev.moons.curvature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Activation;
import dev.moons.model.PlainKernel;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The analytic Hessian against central differences of the manual gradient, its symmetry, and Hv against H·v. */
class NetworkHessianTest {
    private static final int N = 40;
    private static final double STEP = 1e-5;

    static Stream<Arguments> cases() {
        return Stream.of(Activation.values()).flatMap(f -> Stream.of(1, 8, 64).map(h -> Arguments.of(f, h)));
    }

    @ParameterizedTest(name = "{0}, H = {1}")
    @MethodSource("cases")
    void matchesCentralDifferencesOfTheGradient(Activation f, int hidden) {
        double[] x = CurvatureData.points(N, 3);
        double[] y = CurvatureData.labels(N, 3);
        double[] theta = CurvatureData.theta(hidden, 0.8, 11 + hidden);
        assertNoKinkNear(f, hidden, x, theta);
        double[][] exact = new NetworkHessian(hidden, f, x, y).matrix(theta);
        double[][] numeric = finiteDifferenceHessian(new PlainKernel(hidden, f, x, y), theta);
        double scale = CurvatureData.maxAbs(exact);
        assertTrue(scale > 1e-3, "Hessian should not vanish, max |H| = " + scale);
        double err = CurvatureData.maxAbsDiff(exact, numeric);
        assertTrue(err <= 1e-6 * scale, f + " H=" + hidden + ": max |H − H_fd| = " + err + ", max |H| = " + scale);
    }

    @ParameterizedTest(name = "{0}, H = {1}")
    @MethodSource("cases")
    void isSymmetricAndItsProductsAgree(Activation f, int hidden) {
        double[] x = CurvatureData.points(N, 5);
        double[] y = CurvatureData.labels(N, 5);
        double[] theta = CurvatureData.theta(hidden, 1.0, 23);
        NetworkHessian hessian = new NetworkHessian(hidden, f, x, y);
        double[][] m = hessian.matrix(theta);
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m.length; b++) {
                assertEquals(m[a][b], m[b][a], 0.0, "entry " + a + "," + b);
            }
        }
        double[] v = CurvatureData.theta(hidden, 1.0, 99);
        double[] product = new double[v.length];
        hessian.times(theta, v, product);
        double[] expected = new double[v.length];
        for (int a = 0; a < m.length; a++) {
            for (int b = 0; b < m.length; b++) {
                expected[a] += m[a][b] * v[b];
            }
        }
        assertArrayEquals(expected, product, 1e-12 * (1 + CurvatureData.maxAbs(m)) * v.length);
        double[] cached = new double[v.length];
        hessian.at(theta).times(v, cached);
        assertArrayEquals(expected, cached, 1e-12 * (1 + CurvatureData.maxAbs(m)) * v.length);
    }

    @Test
    void reluHasNonZeroCrossTermsBetweenTheLayers() {
        int hidden = 4;
        double[] x = CurvatureData.points(N, 7);
        double[][] m = new NetworkHessian(hidden, Activation.RELU, x, CurvatureData.labels(N, 7))
                .matrix(CurvatureData.theta(hidden, 1.0, 7));
        double cross = 0;
        for (int j = 0; j < hidden; j++) {
            cross = Math.max(cross, Math.abs(m[2 * hidden + j][3 * hidden + j]));
        }
        assertTrue(cross > 1e-3, "b1_j–w2_j cross term " + cross);
    }

    // H_fd[:, k] = (∇L(θ + h e_k) − ∇L(θ − h e_k)) / 2h, symmetrized
    static double[][] finiteDifferenceHessian(PlainKernel kernel, double[] theta) {
        int p = theta.length;
        double[][] h = new double[p][p];
        double[] plus = new double[p];
        double[] minus = new double[p];
        for (int k = 0; k < p; k++) {
            double[] t = theta.clone();
            t[k] = theta[k] + STEP;
            kernel.lossAndGradient(t, plus);
            t[k] = theta[k] - STEP;
            kernel.lossAndGradient(t, minus);
            for (int a = 0; a < p; a++) {
                h[a][k] = (plus[a] - minus[a]) / (2 * STEP);
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                double mean = 0.5 * (h[a][b] + h[b][a]);
                h[a][b] = mean;
                h[b][a] = mean;
            }
        }
        return h;
    }

    // a difference across a ReLU kink is not a derivative; the seeds are chosen so none lies within 10·step
    private static void assertNoKinkNear(Activation f, int hidden, double[] x, double[] theta) {
        if (f != Activation.RELU && f != Activation.LEAKY_RELU) {
            return;
        }
        double margin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length / 2; i++) {
            for (int j = 0; j < hidden; j++) {
                double pre = x[2 * i] * theta[j] + x[2 * i + 1] * theta[hidden + j] + theta[2 * hidden + j];
                margin = Math.min(margin, Math.abs(pre));
            }
        }
        assertTrue(margin > 10 * STEP * 4, "a pre-activation lies " + margin + " from the kink");
    }
}
