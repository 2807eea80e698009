package dev.moons.ui.shell;

import dev.moons.render.BoundaryView;
import dev.moons.render.Palette;
import dev.moons.training.Method;
import dev.moons.ui.charts.ChartsPanel;
import dev.moons.ui.charts.MetricsTable;
import dev.moons.ui.curvature.CurvaturePane;
import dev.moons.ui.hidden.HiddenUnitsPane;
import dev.moons.ui.inspector.InspectorPane;
import dev.moons.ui.linesearch.LineSearchPane;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views that show a comparison, as the window lays them out: the two lanes' boundaries (left first), the charts,
 * the metrics, the line search, the inspector, the hidden units and the curvature. {@link #showMethods} makes them
 * all follow the lanes' methods: titles, node ids, colours, series and columns. FX thread only.
 */
final class Views {
    private final List<BoundaryView> laneViews;
    private final Map<Method, BoundaryView> boundaries = new LinkedHashMap<>();
    private final ChartsPanel charts;
    private final MetricsTable metrics;
    private final LineSearchPane lineSearch;
    private final InspectorPane inspector;
    private final HiddenUnitsPane hiddenUnits;
    private final CurvaturePane curvature;
    private List<Method> methods = List.of();
    private java.util.function.Consumer<List<Method>> onMethods = m -> { };

    /** The views, the boundaries as {@code laneViews} (left, right), showing {@code initial}'s methods. */
    Views(List<BoundaryView> laneViews, List<Method> initial, ChartsPanel charts, MetricsTable metrics,
            LineSearchPane lineSearch, InspectorPane inspector, HiddenUnitsPane hiddenUnits, CurvaturePane curvature) {
        this.laneViews = List.copyOf(laneViews);
        this.charts = charts;
        this.metrics = metrics;
        this.lineSearch = lineSearch;
        this.inspector = inspector;
        this.hiddenUnits = hiddenUnits;
        this.curvature = curvature;
        showMethods(initial);
    }

    /**
     * Makes every view follow {@code lanes} (left first): each boundary is titled and coloured after its lane's
     * method and gets the id {@code <method>Boundary}; the charts, metrics, inspector, hidden units, curvature and
     * line search show these methods. When they already do, only the listener of {@link #onMethods} hears them.
     */
    void showMethods(List<Method> lanes) {
        if (lanes.equals(methods)) {
            // the window may have appeared since: its title is set each time
            onMethods.accept(methods);
            return;
        }
        methods = List.copyOf(lanes);
        laneViews.forEach(BoundaryView::clearOverlay);
        boundaries.clear();
        for (int i = 0; i < laneViews.size(); i++) {
            Method m = methods.get(i);
            BoundaryView view = laneViews.get(i);
            view.setTitle(m.label());
            view.setId(m.id() + "Boundary");
            view.setAccent(Palette.of(m));
            boundaries.put(m, view);
        }
        charts.setMethods(methods);
        metrics.setMethods(methods);
        lineSearch.setMethods(methods);
        inspector.setMethods(methods);
        hiddenUnits.setMethods(methods);
        curvature.setMethods(methods);
        onMethods.accept(methods);
    }

    /** Calls {@code listener} with the lanes' methods each time {@link #showMethods} changes them. */
    void onMethods(java.util.function.Consumer<List<Method>> listener) {
        this.onMethods = listener;
    }

    /** The lanes' methods, left first. */
    List<Method> methods() {
        return methods;
    }

    /** The boundary of lane {@code i} (0 left, 1 right). */
    BoundaryView lane(int i) {
        return laneViews.get(i);
    }

    /** The boundaries by the method their lane runs now, left first (re-keyed by {@link #showMethods}). */
    Map<Method, BoundaryView> boundaries() {
        return boundaries;
    }

    ChartsPanel charts() {
        return charts;
    }

    MetricsTable metrics() {
        return metrics;
    }

    LineSearchPane lineSearch() {
        return lineSearch;
    }

    InspectorPane inspector() {
        return inspector;
    }

    HiddenUnitsPane hiddenUnits() {
        return hiddenUnits;
    }

    CurvaturePane curvature() {
        return curvature;
    }
}
