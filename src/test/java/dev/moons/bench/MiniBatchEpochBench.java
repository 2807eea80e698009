package dev.moons.bench;

import dev.moons.data.Seeds;
import dev.moons.model.MiniBatches;
import dev.moons.model.ModelObjective;
import dev.moons.optim.FixedStep;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.TrainingRun;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One mini-batch epoch, two moons N = 1000 (700 training points), H = 16, float64, fixed lr 1e-3: µs per epoch.
 * {@code trainingRun}: {@link TrainingRun#nextEpoch()} with its records (train and test loss and accuracy);
 * {@code refilledBatches}: the ⌈700/B⌉ GD steps on {@link MiniBatches}; {@code rebuiltBatches}: the same steps with
 * each batch built from {@code getRows} and a new bound objective (the path before issue 17), side by side.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MiniBatchEpochBench {
    @Param({"32", "128"})
    public int batch;

    private Problem problem;
    private INDArray theta0;
    private TrainingRun run;
    private MiniBatches batches;
    private INDArray theta;
    private INDArray gradient;
    private int[] order;

    @Setup
    public void setUp() {
        Config config = Config.defaults().withSamples(1000).withHidden(16).withBatch(batch).withEpochs(100_000);
        Seeds seeds = Seeds.of(42);
        problem = Problem.generate(config, seeds);
        theta0 = problem.initialParameters(seeds);
        batches = new MiniBatches(problem.model(), problem.xTrain(), problem.yTrain(), batch);
        int n = (int) problem.yTrain().length();
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rng = new Random(1);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Setup(Level.Iteration)
    public void reset() {
        run = new TrainingRun(Method.FIXED, problem, theta0, new FixedStep(MoonsBatch.LEARNING_RATE), 100_000, batch,
                new Random(3));
        theta = theta0.dup();
        gradient = theta0.dup();
    }

    @Benchmark
    public Object trainingRun() {
        return run.nextEpoch();
    }

    @Benchmark
    public double refilledBatches() {
        double loss = 0;
        for (int k = 0; k < batches.count(); k++) {
            loss += MoonsBatch.nd4jStep(batches.batch(order, k), theta, gradient);
        }
        return loss;
    }

    @Benchmark
    public double rebuiltBatches() {
        double loss = 0;
        int n = order.length;
        for (int from = 0; from < n; from += batch) {
            int[] rows = Arrays.copyOfRange(order, from, Math.min(n, from + batch));
            ModelObjective objective = problem.model().objective(problem.xTrain().getRows(rows),
                    problem.yTrain().getRows(rows));
            loss += MoonsBatch.nd4jStep(objective, theta, gradient);
        }
        return loss;
    }
}
