package dev.moons.bench;

import dev.moons.model.Activation;
import dev.moons.model.ProbabilityMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heatmap forward: P(class 1) at every point of an n × n grid over [−2.5, 2.5]², H = 16, float32: µs.
 * {@code nd4j} is the app's path (the grid as a point list, [m,3]·[3,H] first layer); {@code nd4jLattice} the
 * same points through {@link ProbabilityMap#lattice} (separable first layer), not yet used by the app.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GridForwardBench {
    @Param({"100", "200"})
    public int n;

    private MoonsBatch batch;
    private ProbabilityMap map;
    private ProbabilityMap pointMap;
    private double[] out;

    @Setup
    public void setUp() {
        batch = new MoonsBatch(100);
        double[] xy = new double[2 * n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                xy[2 * (j * n + i)] = -2.5 + 5.0 * (i + 0.5) / n;
                xy[2 * (j * n + i) + 1] = 2.5 - 5.0 * (j + 0.5) / n;
            }
        }
        double[] columns = new double[n];
        double[] rows = new double[n];
        for (int i = 0; i < n; i++) {
            columns[i] = -2.5 + 5.0 * (i + 0.5) / n;
            rows[i] = 2.5 - 5.0 * (i + 0.5) / n;
        }
        map = ProbabilityMap.lattice(MoonsBatch.HIDDEN, Activation.RELU, columns, rows);
        pointMap = new ProbabilityMap(MoonsBatch.HIDDEN, xy);
        out = new double[n * n];
    }

    @Benchmark
    public double[] nd4jLattice() {
        map.probabilities(batch.theta, out);
        return out;
    }

    @Benchmark
    public double[] nd4j() {
        pointMap.probabilities(batch.theta, out);
        return out;
    }
}
