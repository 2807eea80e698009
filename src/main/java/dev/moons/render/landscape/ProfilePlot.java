package dev.moons.render.landscape;

import dev.moons.landscape.Landscape;
import dev.moons.landscape.Profile;
import dev.moons.render.Palette;
import dev.moons.render.chart.LinePlot;
import dev.moons.training.Method;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The 1-D profiles under the map: the loss along the straight line between the first two methods' solutions
 * (grey) and from θ0 to each method's solution (dashed, in its method's colour).
 */
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

    /** The name of the profile between the first two methods' solutions: "fixed(T) → backtracking(T)". */
    public static String betweenName(Landscape landscape) {
        return landscape.methods().get(0).id() + "(T) → " + landscape.methods().get(1).id() + "(T)";
    }

    /** The name of the profile from θ0 to {@code method}'s solution: "θ0 → adam(T)". */
    public static String outName(Method method) {
        return "θ0 → " + method.id() + "(T)";
    }

    /**
     * Fills {@code plot} (from {@link #create}) with the profiles of {@code landscape}, each in the series of its
     * name (added the first time it is needed); series of other methods are left empty.
     */
    public static void show(LinePlot plot, Landscape landscape) {
        plot.clearData();
        fill(series(plot, betweenName(landscape), Color.gray(0.15), false), landscape.between());
        for (Map.Entry<Method, Profile> e : landscape.out().entrySet()) {
            fill(series(plot, outName(e.getKey()), Palette.of(e.getKey()), true), e.getValue());
        }
        plot.flush();
    }

    private static LinePlot.Series series(LinePlot plot, String name, Color color, boolean dashed) {
        for (LinePlot.Series s : plot.series()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return plot.addSeries(name, color, dashed);
    }

    private static void fill(LinePlot.Series series, Profile profile) {
        for (int k = 0; k < profile.t().length; k++) {
            series.add(profile.t()[k], profile.loss()[k]);
        }
    }
}
