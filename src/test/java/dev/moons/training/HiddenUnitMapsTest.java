package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.model.HiddenUnitMaps;
import dev.moons.model.Mlp;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each hidden-unit map is the unit's activation at the boundary grid's pixels, for every activation. */
class HiddenUnitMapsTest {
    private static final int H = 6;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void unitMapEqualsTheHiddenActivationAtSamplePixels(Activation f) {
        // given a problem, its boundary grid and a θ with sizeable weights and biases
        Config config = Config.defaults().withSamples(200).withHidden(H).withActivation(f);
        Problem problem = Problem.generate(config, Seeds.of(7));
        BoundaryGrid grid = BoundaryGrid.around(problem, 60, 1.8);
        double[] theta = randomTheta(H, new Random(3));
        // when all H maps are computed at once
        HiddenUnitMaps maps = grid.hiddenUnitMaps(H, f);
        float[] out = maps.maps(theta);
        // then at every 37th pixel, unit j's value equals Mlp's hidden activation and the plain-Java formula
        int g = grid.width() * grid.height();
        assertEquals(H * g, out.length);
        INDArray mlpHidden = new Mlp(H, f).hiddenActivations(Nd4j.createFromArray(theta), grid.points());
        double[] xy = grid.points().dup('c').data().asDouble();
        int checked = 0;
        for (int pixel = 0; pixel < g; pixel += 37) {
            for (int j = 0; j < H; j++) {
                double pre = xy[2 * pixel] * theta[j] + xy[2 * pixel + 1] * theta[H + j] + theta[2 * H + j];
                double plain = f.apply(pre);
                float map = out[j * g + pixel];
                assertEquals(plain, map, 1e-5 * Math.max(1, Math.abs(plain)), "unit " + j + " pixel " + pixel);
                assertEquals(mlpHidden.getDouble(pixel, j), map, 1e-5 * Math.max(1, Math.abs(plain)));
                checked++;
            }
        }
        assertTrue(checked > 500, "checked " + checked);
    }

    @Test
    void pixelOrderIsTheBoundaryGridsRowMajorOrder() {
        // given one ReLU unit a(x) = max(0, standardized x1): it grows left to right and is constant down a column
        Problem problem = Problem.generate(Config.defaults().withSamples(200).withHidden(1), Seeds.of(7));
        BoundaryGrid grid = BoundaryGrid.around(problem, 20, 1.8);
        double[] theta = {1, 0, 0, 0, 0};
        // when mapped
        float[] out = grid.hiddenUnitMaps(1, Activation.RELU).maps(theta);
        // then pixel (i, j) at j·width + i holds the standardized x1 of column i (clamped at 0)
        for (int j = 0; j < grid.height(); j++) {
            for (int i = 0; i < grid.width(); i++) {
                double x1 = problem.standardizer().x1(grid.x1At(i));
                assertEquals(Math.max(0, x1), out[j * grid.width() + i], 1e-5);
            }
        }
    }

    @Test
    void repeatedCallsWithChangingThetaDoNotKeepStaleValues() {
        Problem problem = Problem.generate(Config.defaults().withSamples(200).withHidden(3), Seeds.of(7));
        BoundaryGrid grid = BoundaryGrid.around(problem, 30, 1.8);
        HiddenUnitMaps maps = grid.hiddenUnitMaps(3, Activation.TANH);
        Random rng = new Random(9);
        float[] out = new float[3 * 900];
        for (int call = 0; call < 20; call++) {
            double[] theta = randomTheta(3, rng);
            maps.maps(theta, out);
            assertEquals(Math.tanh(theta[0] * grid.points().getDouble(450, 0)
                    + theta[3] * grid.points().getDouble(450, 1) + theta[6]), out[450], 1e-5, "call " + call);
        }
    }

    @Test
    void rejectsWrongLengthsWithTheBound() {
        HiddenUnitMaps maps = new HiddenUnitMaps(2, Activation.RELU, new double[] {0, 0, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> maps.maps(new double[8], new float[4]));
        assertEquals("θ length must be 9, was 8", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> maps.maps(new double[9], new float[3]));
        assertEquals("out length must be H·G = 4, was 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HiddenUnitMaps(0, Activation.RELU, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new HiddenUnitMaps(2, Activation.RELU, new double[3]));
    }

    private static double[] randomTheta(int h, Random rng) {
        double[] theta = new double[4 * h + 1];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = 1.5 * rng.nextGaussian();
        }
        return theta;
    }
}
