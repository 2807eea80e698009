package dev.moons.bench;

import dev.moons.curvature.NetworkHessian;
import dev.moons.curvature.Sharpness;
import dev.moons.curvature.Spectrum;
import dev.moons.model.Activation;
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

/**
 * One λ_max of the training-loss Hessian on N = 1000 points, H = 16 (p = 65), float64, at the He-initialized θ:
 * by Lanczos on Hessian-vector products (what runs record), and by forming the matrix and decomposing it fully
 * (what the spectrum strip needs). µs per evaluation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SharpnessBench {
    private MoonsBatch batch;
    private Sharpness sharpness;
    private NetworkHessian hessian;

    @Setup
    public void setUp() {
        batch = new MoonsBatch(1000);
        sharpness = new Sharpness(MoonsBatch.HIDDEN, Activation.RELU, batch.xy, batch.labels);
        hessian = new NetworkHessian(MoonsBatch.HIDDEN, Activation.RELU, batch.xy, batch.labels);
    }

    @Benchmark
    public double lanczos() {
        return sharpness.at(batch.thetaPlain);
    }

    @Benchmark
    public double fullSpectrum() {
        return Spectrum.of(hessian.matrix(batch.thetaPlain)).largest();
    }

    @Benchmark
    public double matrixOnly() {
        return hessian.matrix(batch.thetaPlain)[0][0];
    }
}
