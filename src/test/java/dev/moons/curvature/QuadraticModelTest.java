package dev.moons.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quadratic model of φ along −g on a quadratic whose Hessian is known: exact, and α* its line minimiser. */
class QuadraticModelTest {
    // L(θ) = ½θᵀAθ − bᵀθ with A symmetric positive definite
    private static final double[][] A = {{4, 1, 0}, {1, 3, 0.5}, {0, 0.5, 2}};
    private static final double[] B = {1, -2, 0.5};

    private static double loss(double[] t) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += 0.5 * t[i] * A[i][j] * t[j];
            }
            s -= B[i] * t[i];
        }
        return s;
    }

    private static double[] gradient(double[] t) {
        double[] g = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i] += A[i][j] * t[j];
            }
            g[i] -= B[i];
        }
        return g;
    }

    private static double phi(double[] t, double[] g, double alpha) {
        return loss(new double[] {t[0] - alpha * g[0], t[1] - alpha * g[1], t[2] - alpha * g[2]});
    }

    @Test
    void onAQuadraticTheModelIsPhiAndAlphaStarItsExactLineMinimiser() {
        // given θ and g = Aθ − b, gᵀAg by hand
        double[] theta = {0.7, -1.1, 2.0};
        double[] g = gradient(theta);
        double gg = g[0] * g[0] + g[1] * g[1] + g[2] * g[2];
        double gAg = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                gAg += g[i] * A[i][j] * g[j];
            }
        }
        QuadraticModel model = new QuadraticModel(loss(theta), gg, gAg);
        // then the model equals φ everywhere
        for (double alpha : new double[] {0, 0.05, 0.2, 0.5, 1.3}) {
            assertEquals(phi(theta, g, alpha), model.value(alpha), 1e-12, "α = " + alpha);
        }
        // and α* = ‖g‖²/gᵀAg is where φ is smallest: φ′(α*) = 0, φ higher on both sides
        double star = model.minimiser();
        assertEquals(gg / gAg, star, 0.0);
        double slope = (phi(theta, g, star + 1e-6) - phi(theta, g, star - 1e-6)) / 2e-6;
        assertEquals(0, slope, 1e-6);
        assertTrue(phi(theta, g, star) < phi(theta, g, 0.99 * star));
        assertTrue(phi(theta, g, star) < phi(theta, g, 1.01 * star));
        assertEquals(phi(theta, g, star), model.minimum(), 1e-12);
    }

    @Test
    void withoutPositiveCurvatureThereIsNoMinimiser() {
        QuadraticModel flat = new QuadraticModel(1.0, 2.0, 0.0);
        QuadraticModel concave = new QuadraticModel(1.0, 2.0, -3.0);
        assertFalse(flat.hasMinimiser());
        assertFalse(concave.hasMinimiser());
        assertTrue(Double.isNaN(concave.minimiser()));
        assertTrue(Double.isNaN(concave.minimum()));
        assertEquals(1.0 - 2.0 * 0.5 - 1.5 * 0.25, concave.value(0.5), 1e-15);
        assertTrue(new QuadraticModel(1.0, 2.0, 4.0).hasMinimiser());
    }
}
