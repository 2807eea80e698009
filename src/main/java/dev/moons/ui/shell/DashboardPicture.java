package dev.moons.ui.shell;

import dev.moons.render.BoundaryView;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.chart.LineSearchPlot;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The dashboard for a picture: copies of what the window shows, laid out as it does, without the controls,
 * toolbar, tabs or switches: the two boundaries on top (60 %), the loss chart, the step-size chart and the
 * line-search plot below (44/19/37 % of the width, as the window's bottom row).
 */
final class DashboardPicture {
    private static final double[] BOTTOM_SHARES = {44, 19, 37};

    private DashboardPicture() {}

    /** The picture's content, built from copies of {@code views}' charts (FX thread). */
    static Region of(Views views) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setStyle("-fx-background-color: white;");
        for (double share : BOTTOM_SHARES) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(share);
            grid.getColumnConstraints().add(cc);
        }
        BoundaryView fixed = views.lane(0).copy();
        BoundaryView back = views.lane(1).copy();
        // the boundaries split the width in halves: the left lane spans the loss column and part of the step column
        GridPane top = new GridPane();
        top.setHgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            top.getColumnConstraints().add(half);
        }
        top.add(grow(fixed), 0, 0);
        top.add(grow(back), 1, 0);
        RowConstraints full = new RowConstraints();
        full.setVgrow(Priority.ALWAYS);
        top.getRowConstraints().add(full);
        grid.add(grow(top), 0, 0, 3, 1);
        LinePlot loss = views.charts().lossPlot().copy(ExportActions.LOSS_TITLE);
        LinePlot step = views.charts().stepPlot().copy(ExportActions.STEP_TITLE_SHORT);
        LineSearchPlot lineSearch = views.lineSearch().plot().copy();
        grid.add(grow(loss), 0, 1);
        grid.add(grow(step), 1, 1);
        grid.add(grow(lineSearch), 2, 1);
        RowConstraints upper = new RowConstraints();
        upper.setPercentHeight(60);
        RowConstraints lower = new RowConstraints();
        lower.setPercentHeight(40);
        grid.getRowConstraints().addAll(upper, lower);
        return grid;
    }

    private static Region grow(Region r) {
        r.setMinSize(0, 0);
        r.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(r, Priority.ALWAYS);
        GridPane.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
