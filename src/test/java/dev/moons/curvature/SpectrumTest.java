package dev.moons.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Activation;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Full decomposition and Lanczos on a quadratic with a known Hessian, and Lanczos against the full spectrum. */
class SpectrumTest {

    @Test
    void quadraticObjectiveHasTheHessianAndSpectrumItWasBuiltFrom() {
        // f(θ) = ½ θᵀAθ − bᵀθ with A = Q diag(λ) Qᵀ: ∇f = Aθ − b, ∇²f = A everywhere
        double[] lambda = {7.5, 3.0, 1.0, -0.5, 0.25, 2.0};
        double[][] q = orthonormal(lambda.length, 4);
        double[][] a = fromEigen(q, lambda);
        double[] theta = {0.3, -1.0, 2.0, 0.1, 0.0, -0.7};
        double[][] numeric = new double[6][6];
        double h = 1e-4;
        for (int k = 0; k < 6; k++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[k] += h;
            minus[k] -= h;
            double[] gp = times(a, plus);
            double[] gm = times(a, minus);
            for (int r = 0; r < 6; r++) {
                numeric[r][k] = (gp[r] - gm[r]) / (2 * h);
            }
        }
        assertTrue(CurvatureData.maxAbsDiff(a, numeric) < 1e-9);
        Spectrum s = Spectrum.of(a);
        double[] sorted = {7.5, 3.0, 2.0, 1.0, 0.25, -0.5};
        for (int k = 0; k < 6; k++) {
            assertEquals(sorted[k], s.eigenvalue(k), 1e-12);
        }
        // the top eigenvector is ±q_0
        assertEquals(1.0, Math.abs(dot(s.eigenvector(0), column(q, 0))), 1e-12);
        assertEquals(7.5, Lanczos.standard().largest(operator(a)).largest(), 1e-12);
        assertEquals(-0.5, s.smallest(), 1e-12);
    }

    @Test
    void eigenvectorsSatisfyHvEqualsLambdaV() {
        double[][] m = new NetworkHessian(8, Activation.TANH, CurvatureData.points(60, 1), CurvatureData.labels(60, 1))
                .matrix(CurvatureData.theta(8, 1.0, 2));
        Spectrum s = Spectrum.of(m);
        for (int k = 0; k < 2; k++) {
            double[] v = s.eigenvector(k);
            double[] hv = times(m, v);
            for (int i = 0; i < v.length; i++) {
                assertEquals(s.eigenvalue(k) * v[i], hv[i], 1e-10);
            }
            assertEquals(1.0, dot(v, v), 1e-12);
        }
        assertTrue(s.eigenvalue(0) >= s.eigenvalue(1));
    }

    static Stream<Arguments> networks() {
        return Stream.of(Activation.values()).flatMap(f -> Stream.of(1, 8, 16, 64).map(h -> Arguments.of(f, h)));
    }

    @ParameterizedTest(name = "{0}, H = {1}")
    @MethodSource("networks")
    void lanczosFindsTheLargestEigenvalueOfTheFullSpectrum(Activation f, int hidden) {
        double[] x = CurvatureData.points(200, 9);
        double[] y = CurvatureData.labels(200, 9);
        double[] theta = CurvatureData.theta(hidden, 1.0, 31);
        NetworkHessian hessian = new NetworkHessian(hidden, f, x, y);
        double full = Spectrum.of(hessian.matrix(theta)).largest();
        double lanczos = new Sharpness(hidden, f, x, y).at(theta);
        assertEquals(full, lanczos, 1e-8 * Math.max(1, Math.abs(full)), f + " H=" + hidden);
    }

    @Test
    void lanczosUsesFarFewerProductsThanParametersOnTheNetwork() {
        int hidden = 64;
        NetworkHessian hessian = new NetworkHessian(hidden, Activation.RELU, CurvatureData.points(300, 2),
                CurvatureData.labels(300, 2));
        Lanczos.Result r = Lanczos.standard().largest(hessian.at(CurvatureData.theta(hidden, 0.5, 5)));
        assertTrue(r.products() < 4 * hidden + 1, "products " + r.products());
    }

    private static HessianVectorProduct operator(double[][] a) {
        return new HessianVectorProduct() {
            @Override
            public int dimension() {
                return a.length;
            }

            @Override
            public void times(double[] v, double[] out) {
                System.arraycopy(SpectrumTest.times(a, v), 0, out, 0, a.length);
            }
        };
    }

    private static double[][] orthonormal(int p, long seed) {
        Random rng = new Random(seed);
        double[][] cols = new double[p][p];
        for (int k = 0; k < p; k++) {
            double[] v = new double[p];
            for (int i = 0; i < p; i++) {
                v[i] = rng.nextGaussian();
            }
            for (int j = 0; j < k; j++) {
                double d = dot(v, cols[j]);
                for (int i = 0; i < p; i++) {
                    v[i] -= d * cols[j][i];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int i = 0; i < p; i++) {
                v[i] /= norm;
            }
            cols[k] = v;
        }
        double[][] q = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                q[i][k] = cols[k][i];
            }
        }
        return q;
    }

    private static double[][] fromEigen(double[][] q, double[] lambda) {
        int p = lambda.length;
        double[][] a = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    a[i][j] += q[i][k] * lambda[k] * q[j][k];
                }
            }
        }
        return a;
    }

    private static double[] column(double[][] q, int k) {
        double[] c = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            c[i] = q[i][k];
        }
        return c;
    }

    static double[] times(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += a[i][j] * v[j];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
