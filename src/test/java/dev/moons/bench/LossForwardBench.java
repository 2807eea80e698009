package dev.moons.bench;

import dev.moons.model.ModelObjective;
import dev.moons.model.PlainKernel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One loss-only forward (a backtracking trial) on N = 1000 points, H = 16, float64: µs per evaluation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LossForwardBench {
    private MoonsBatch batch;
    private ModelObjective nd4j;
    private PlainKernel plain;

    @Setup
    public void setUp() {
        batch = new MoonsBatch(1000);
        nd4j = batch.nd4j();
        plain = batch.plain();
    }

    @Benchmark
    public double nd4j() {
        return nd4j.value(batch.theta);
    }

    @Benchmark
    public double plainJava() {
        return plain.loss(batch.thetaPlain);
    }
}
