package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.moons.training.Method;
import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sweep panel's scales: log10 lr range with margins, the metric's y range, and log ticks by span. */
class SweepAxesTest {
    private static SweepAggregate at(double lr, double testAccMean, double testAccStd) {
        Summary acc = new Summary(testAccMean, testAccStd, testAccMean - testAccStd, testAccMean + testAccStd, 3);
        Summary loss = new Summary(0.2, 0.01, 0.19, 0.21, 3);
        return new SweepAggregate(Method.FIXED, lr, 3, 3, 0, Map.of(), acc, acc, loss, loss, new Summary(100, 0, 100,
                100, 3));
    }

    @Test
    void xRangeSpansTheLearningRatesInDecadesWithAMargin() {
        assertArrayEquals(new double[] {-3.2, 1.2}, SweepAxes.xRange(List.of()), 1e-12);
        assertArrayEquals(new double[] {-1.5, -0.5}, SweepAxes.xRange(List.of(at(0.1, 0.9, 0))), 1e-12);
        assertArrayEquals(new double[] {-3.2, 0.2}, SweepAxes.xRange(List.of(at(1e-3, 0.9, 0), at(1, 0.8, 0))),
                1e-12);
    }

    @Test
    void accuracyRangeIsNiceAndInsideZeroToOne() {
        double[] yr = SweepAxes.yRange(SweepPlot.Metric.TEST_ACCURACY, List.of(at(0.01, 0.8, 0.05),
                at(0.1, 0.95, 0.04)), null);
        assertArrayEquals(new double[] {0.7, 1.0}, yr, 1e-12);
        assertArrayEquals(new double[] {0, 1}, SweepAxes.yRange(SweepPlot.Metric.TEST_ACCURACY, List.of(), null));
    }

    @Test
    void logTicksGetFinerAsTheSpanShrinks() {
        assertArrayEquals(new double[] {0.1, 0.2, 0.3, 0.5}, SweepAxes.yTicks(true, new double[] {-1.05, -0.25},
                400), 1e-12);
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1, 10}, SweepAxes.yTicks(true, new double[] {-3.2, 1.1},
                400), 1e-15);
    }
}
