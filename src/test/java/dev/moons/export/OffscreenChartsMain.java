package dev.moons.export;

import dev.moons.data.Seeds;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import java.nio.file.Path;

/** Child-JVM entry for the offscreen test: trains a small comparison and writes its charts to args[0]. */
public final class OffscreenChartsMain {
    private OffscreenChartsMain() {}

    /** args: dir [epochs [samples [lr]]]; exits 0 after writing loss.png and boundary.png. */
    public static void main(String[] args) throws Exception {
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        double lr = args.length > 3 ? Double.parseDouble(args[3]) : Config.DEFAULT_LR;
        Config config = Config.defaults().withEpochs(epochs).withSamples(samples).withLr(lr);
        Comparison comparison = Comparison.create(config, Seeds.of(config.seed()));
        comparison.runToEnd((method, record) -> { });
        long start = System.nanoTime();
        OffscreenCharts.writeComparison(comparison, Path.of(args[0]),
                "Two moons, " + samples + " points, " + epochs + " epochs, seed " + config.seed()
                        + ". Fixed step lr = " + lr + " vs backtracking line search.");
        System.out.printf("rendered in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        System.exit(0);
    }
}
