package dev.moons.ui.shell;

import dev.moons.render.BoundaryView;
import dev.moons.training.Method;
import dev.moons.ui.charts.ChartsPanel;
import dev.moons.ui.charts.MetricsTable;
import dev.moons.ui.curvature.CurvaturePane;
import dev.moons.ui.hidden.HiddenUnitsPane;
import dev.moons.ui.inspector.InspectorPane;
import dev.moons.ui.linesearch.LineSearchPane;
import java.util.Map;

/**
 * The views that show a comparison, as the window lays them out: the two boundaries (by method, fixed first), the
 * charts, the metrics, the line search, the inspector, the hidden units and the curvature.
 */
record Views(Map<Method, BoundaryView> boundaries, ChartsPanel charts, MetricsTable metrics, LineSearchPane lineSearch,
        InspectorPane inspector, HiddenUnitsPane hiddenUnits, CurvaturePane curvature) {
}
