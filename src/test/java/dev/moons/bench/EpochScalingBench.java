package dev.moons.bench;

import dev.moons.model.ModelObjective;
import dev.moons.model.PlainKernel;
import java.util.concurrent.TimeUnit;
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

/** Per-epoch time (one full-batch step) against the number of points n, H = 16, float64: µs per epoch. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EpochScalingBench {
    @Param({"100", "1000", "10000", "100000"})
    public int n;

    private MoonsBatch batch;
    private ModelObjective nd4j;
    private PlainKernel plain;

    @Setup
    public void setUp() {
        batch = new MoonsBatch(n);
        nd4j = batch.nd4j();
        plain = batch.plain();
    }

    @Setup(Level.Iteration)
    public void resetTheta() {
        batch.resetTheta();
    }

    @Benchmark
    public double nd4j() {
        return MoonsBatch.nd4jStep(nd4j, batch.theta, batch.gradient);
    }

    @Benchmark
    public double plainJava() {
        return MoonsBatch.plainStep(plain, batch.thetaPlain, batch.gradientPlain);
    }
}
