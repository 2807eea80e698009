package dev.moons.bench;

import dev.moons.data.Seeds;
import dev.moons.landscape.Landscape;
import dev.moons.landscape.LandscapeSettings;
import dev.moons.landscape.Plane;
import dev.moons.landscape.Planes;
import dev.moons.landscape.PlaneKind;
import dev.moons.landscape.Surface;
import dev.moons.landscape.ThetaLoss;
import dev.moons.landscape.Trajectories;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
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
 * The loss landscape after the Lab notebook's 1000 epochs (700 training points) at H 8 and 16: one 61×61 surface
 * on the endpoints plane (3,721 loss-only forwards), and everything the live view recomputes (plane, both paths'
 * 2 × 1001 projections and true losses, the surface, three 101-point profiles); ms per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class LandscapeBench {
    @Param({"8", "16"})
    int hidden;

    private Trajectories runs;
    private ThetaLoss loss;
    private Plane plane;
    private double[][] axes;

    @Setup
    public void setUp() {
        Config config = Config.defaults().withHidden(hidden).withNoise(0.2).withLr(0.01).withEpochs(1000);
        Comparison comparison = Comparison.create(config, Seeds.of(config.seed()));
        EpochArchive archive = new EpochArchive(4 * hidden + 1);
        archive.keep(comparison);
        while (!comparison.isDone()) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        runs = Trajectories.of(comparison, archive);
        loss = ThetaLoss.training(comparison.problem());
        plane = Planes.choose(PlaneKind.ENDPOINTS, runs, 42);
        Landscape landscape = Landscape.compute(runs, loss, LandscapeSettings.defaults(42));
        axes = new double[][] {landscape.surface().a(), landscape.surface().b()};
    }

    @Benchmark
    public Surface surface61() {
        return Surface.compute(plane, axes[0], axes[1], loss);
    }

    @Benchmark
    public Landscape liveRecompute() {
        return Landscape.compute(runs, loss, LandscapeSettings.defaults(42));
    }
}
