package dev.moons.curvature;

import dev.moons.training.Method;
import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Writes the input of the PyTorch Hessian fixture (src/test/python/hessian_fixture.py): the standardized training
 * points of a small two-moons problem and, per activation, θ after 30 fixed-lr epochs, as CSV with round-trip
 * doubles. Run once by hand: {@code java -cp <test classpath> dev.moons.curvature.TorchFixtureExport DIR}.
 */
public final class TorchFixtureExport {
    /** The fixture's problem: 80 moons, 60 training points, H = 6 (p = 25). */
    static final Config CONFIG = Config.defaults().withSamples(80).withHidden(6).withEpochs(30).withLr(0.5);
    static final long SEED = 2021;
    static final Activation[] ACTIVATIONS = {Activation.RELU, Activation.TANH};

    private TorchFixtureExport() {}

    /** Writes points.csv and theta-ACTIVATION.csv into the directory args[0]. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        StringBuilder points = new StringBuilder("x1,x2,y\n");
        for (Activation f : ACTIVATIONS) {
            Comparison comparison = Comparison.create(CONFIG.withActivation(f), Seeds.of(SEED));
            TrainingRun run = comparison.run(Method.FIXED);
            run.runToEnd((m, r) -> { });
            if (f == ACTIVATIONS[0]) {
                double[] x = comparison.problem().xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble();
                double[] y = comparison.problem().yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble();
                for (int i = 0; i < y.length; i++) {
                    points.append(x[2 * i]).append(',').append(x[2 * i + 1]).append(',').append(y[i]).append('\n');
                }
            }
            StringBuilder theta = new StringBuilder("theta\n");
            for (double v : run.parameterValues()) {
                theta.append(v).append('\n');
            }
            Files.writeString(dir.resolve("theta-" + f.name().toLowerCase(Locale.ROOT) + ".csv"), theta);
        }
        Files.writeString(dir.resolve("points.csv"), points);
    }
}
