package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterpolationTest {

    @Test
    void quadraticRecoversTheMinimizerOfAParabola() {
        // q(α) = 3(α − 0.7)² + 1: q(0.2) = 1.75, q′(0.2) = −3, q(2) = 6.07
        assertEquals(0.7, Interpolation.quadratic(0.2, 1.75, -3, 2, 6.07), 1e-14);
        // Nocedal & Wright eq. 3.57 at a = 0: −φ′(0)α₀² / (2[φ(α₀) − φ(0) − φ′(0)α₀])
        assertEquals(100.0 / 1000, Interpolation.quadratic(0, 5, -100, 1, 405), 1e-15);
    }

    @Test
    void quadraticWithoutMinimizerIsNaN() {
        assertTrue(Double.isNaN(Interpolation.quadratic(0, 1, -1, 1, -0.5)));
        assertTrue(Double.isNaN(Interpolation.quadratic(0, 1, -1, 1, Double.NaN)));
    }

    @Test
    void cubicThroughZeroRecoversTheLocalMinimizerOfACubic() {
        // φ(α) = α³ − 3α² − 9α + 20 has φ′ = 3(α − 3)(α + 1): local minimizer 3; φ(0) = 20, φ′(0) = −9
        double phi1 = 1 - 3 - 9 + 20;
        double phi5 = 125 - 75 - 45 + 20;
        assertEquals(3, Interpolation.cubicThroughZero(20, -9, 1, phi1, 5, phi5), 1e-12);
        assertEquals(3, Interpolation.cubicThroughZero(20, -9, 5, phi5, 1, phi1), 1e-12);
    }

    @Test
    void cubicThroughZeroOfAQuadraticLosesNoDigits() {
        // φ(α) = 15(1 − 30α)²: the cubic term vanishes, the minimizer is 1/30
        double phi1 = 15 * 29 * 29;
        double phiTenth = 15 * 4;
        assertEquals(1.0 / 30, Interpolation.cubicThroughZero(15, -900, 1, phi1, 0.1, phiTenth), 1e-15);
    }

    @Test
    void cubicThroughZeroWithoutPositiveMinimizerIsNaN() {
        // φ(α) = 1 − α − α³ falls for ever
        assertTrue(Double.isNaN(Interpolation.cubicThroughZero(1, -1, 1, -1, 2, -9)));
    }

    @Test
    void hermiteCubicRecoversTheLocalMinimizer() {
        // the same cubic from φ and φ′ at 1 and 5: φ′(1) = −12, φ′(5) = 36
        double phi1 = 1 - 3 - 9 + 20;
        double phi5 = 125 - 75 - 45 + 20;
        assertEquals(3, Interpolation.cubic(1, phi1, -12, 5, phi5, 36), 1e-12);
        assertEquals(3, Interpolation.cubic(5, phi5, 36, 1, phi1, -12), 1e-12);
        assertTrue(Double.isNaN(Interpolation.cubic(0, 0, -1, 1, Double.POSITIVE_INFINITY, Double.NaN)));
    }

    @Test
    void clampKeepsInsideTheInterval() {
        assertEquals(0.1, Interpolation.clamp(0.05, 0.1, 0.5), 0.0);
        assertEquals(0.5, Interpolation.clamp(0.7, 0.1, 0.5), 0.0);
        assertEquals(0.3, Interpolation.clamp(0.3, 0.1, 0.5), 0.0);
    }
}
