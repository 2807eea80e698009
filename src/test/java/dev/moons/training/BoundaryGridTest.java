package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.model.Mlp;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The app's heatmap (the lattice path) equals the model's prediction at every pixel centre. */
class BoundaryGridTest {
    private static final int H = 5;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void probabilitiesEqualThePredictionAtPixelCentres(Activation f) {
        // given a problem, a non-square boundary grid and a θ with sizeable weights
        BoundaryGrid grid = gridFor(f, 70);
        INDArray theta = gaussianTheta(5, 2.5);
        Mlp model = new Mlp(H, f);
        // when the grid is evaluated twice (the second call reuses the buffers)
        grid.probabilities(model, theta.mul(0.5));
        double[] p = grid.probabilities(model, theta);
        // then every pixel equals the double-precision prediction at the pixel's centre (float32 tolerance)
        assertEquals(grid.width() * grid.height(), p.length);
        INDArray expected = model.predict(theta, grid.points());
        for (int pixel = 0; pixel < p.length; pixel++) {
            assertEquals(expected.getDouble(pixel), p[pixel], 2e-5, "pixel " + pixel);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void aThetaOnItsWayToDivergenceStillGivesAFiniteMap(Activation f) {
        // given weights of order 1e20: below the divergence bound (1e30) but past what float32 logits can hold
        BoundaryGrid grid = gridFor(f, 40);
        INDArray theta = gaussianTheta(9, 1e20);
        Mlp model = new Mlp(H, f);
        // when the map is computed
        double[] p = grid.probabilities(model, theta);
        // then every pixel is finite and equals the double-precision prediction (the map does not freeze)
        INDArray expected = model.predict(theta, grid.points());
        for (int pixel = 0; pixel < p.length; pixel++) {
            assertEquals(expected.getDouble(pixel), p[pixel], 0.0, "pixel " + pixel);
        }
        assertTrue(Arrays.stream(p).allMatch(Double::isFinite));
    }

    // a non-square grid of the given size around 200 two-moons points for an H-unit network with activation f
    private static BoundaryGrid gridFor(Activation f, int size) {
        Config config = Config.defaults().withSamples(200).withHidden(H).withActivation(f);
        return BoundaryGrid.around(Problem.generate(config, Seeds.of(11)), size, 1.6);
    }

    // θ [4H+1] with independent N(0, scale²) entries from the given seed
    private static INDArray gaussianTheta(long seed, double scale) {
        Random rng = new Random(seed);
        double[] values = new double[4 * H + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale * rng.nextGaussian();
        }
        return Nd4j.createFromArray(values);
    }
}
