package dev.moons.export;

import dev.moons.io.AtomicFiles;
import dev.moons.render.Palette;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.chart.SweepPlot;
import dev.moons.training.Method;
import dev.moons.training.Summary;
import dev.moons.training.sweep.SweepAggregate;
import dev.moons.training.sweep.SweepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A sweep's three plots as one SVG document, each drawn by {@link LineChartSvg}: final test accuracy on top,
 * final training loss and loss evaluations below; x is log10 of the learning rate, one polyline per swept method
 * (fixed by default) for its runs' mean per learning rate (diverged rates left out), in its method's colour, and a
 * dashed one for the line-search band's mean (backtracking by default) across it.
 */
public final class SweepSvg {
    private SweepSvg() {}

    /** The SVG text of {@code result}'s plots at {@code width} × {@code height}, each titled, with {@code caption}. */
    public static String svg(SweepResult result, String caption, int width, int height) {
        int upper = height * 52 / 100;
        int half = width / 2;
        StringBuilder out = new StringBuilder(16384);
        out.append(String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns="
                + "\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                width, height, width, height));
        out.append(LineChartSvg.element(plot(result, SweepPlot.Metric.TEST_ACCURACY), SweepPlot.Metric.TEST_ACCURACY
                .title(), "", width, upper, 0, 0));
        out.append(LineChartSvg.element(plot(result, SweepPlot.Metric.TRAIN_LOSS), SweepPlot.Metric.TRAIN_LOSS
                .title(), caption, half, height - upper, 0, upper));
        out.append(LineChartSvg.element(plot(result, SweepPlot.Metric.LOSS_EVALUATIONS),
                SweepPlot.Metric.LOSS_EVALUATIONS.title(), "", width - half, height - upper, half, upper));
        out.append("</svg>\n");
        return out.toString();
    }

    /** {@link #svg} written atomically to {@code file}; a one-line IOException on failure. */
    public static void write(SweepResult result, String caption, int width, int height, Path file)
            throws IOException {
        AtomicFiles.writeString(file, svg(result, caption, width, height));
    }

    // the metric as a line plot: x = log10 lr; each swept method's means, and the band's mean as a flat line
    private static LinePlot plot(SweepResult result, SweepPlot.Metric metric) {
        LinePlot plot = new LinePlot("");
        plot.setAxisLabels("log10 learning rate", metric.title().replaceFirst(" vs learning rate$", ""));
        plot.setLogY(metric.isLog());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Method m : result.swept()) {
            List<SweepAggregate> swept = result.aggregates(m).stream()
                    .sorted(Comparator.comparingDouble(SweepAggregate::lr)).toList();
            LinePlot.Series line = plot.addSeries(m.id() + " lr (mean over seeds)", Palette.of(m), false);
            for (SweepAggregate a : swept) {
                double x = Math.log10(a.lr());
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
                Summary s = metric.of(a);
                if (s.count() > 0 && Double.isFinite(s.mean())) {
                    line.add(x, s.mean());
                }
            }
        }
        LinePlot.Series band = plot.addSeries(result.band().id() + " (mean)", Palette.of(result.band()), true);
        SweepAggregate back = result.backtrackingBand();
        if (back != null && metric.of(back).count() > 0 && lo <= hi) {
            band.add(lo, metric.of(back).mean());
            band.add(hi, metric.of(back).mean());
        }
        return plot;
    }
}
