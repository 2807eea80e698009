package dev.moons.render.landscape;

import dev.moons.landscape.Landscape;
import dev.moons.landscape.Profile;
import dev.moons.render.Palette;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Method;
import javafx.scene.paint.Color;

/** The 1-D profiles under the map: the loss along the straight lines between θ0 and both solutions. */
public final class ProfilePlot {
    private ProfilePlot() {}

    /** An empty profile chart with its title and axes. */
    public static LinePlot create() {
        LinePlot plot = new LinePlot("Loss along straight lines (t from 0 to 1)");
        plot.setAxisLabels("t", "mean binary cross-entropy");
        plot.setLogY(true);
        plot.setXRange(0, 1);
        return plot;
    }

    /** Fills {@code plot} (from {@link #create}) with the three profiles of {@code landscape}. */
    public static void show(LinePlot plot, Landscape landscape) {
        plot.clearData();
        if (plot.series().isEmpty()) {
            plot.addSeries("fixed(T) → backtracking(T)", Color.gray(0.15), false);
            plot.addSeries("θ0 → fixed(T)", Palette.of(Method.FIXED), true);
            plot.addSeries("θ0 → backtracking(T)", Palette.of(Method.BACKTRACKING), true);
        }
        fill(plot.series().get(0), landscape.between());
        fill(plot.series().get(1), landscape.fixedOut());
        fill(plot.series().get(2), landscape.backtrackingOut());
        plot.flush();
    }

    private static void fill(LinePlot.Series series, Profile profile) {
        for (int k = 0; k < profile.t().length; k++) {
            series.add(profile.t()[k], profile.loss()[k]);
        }
    }
}
