package dev.moons.ui.inspector;

import dev.moons.render.chart.LinePlot;
import dev.moons.training.Method;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/** The inspector's charts for a picture or a window of their own: copies, no buttons, both runs side by side. */
public final class InspectorPicture {
    private InspectorPicture() {}

    /**
     * A 2 × 2 grid of copies of {@code pane}'s charts: gradient norms per layer on top, log10 update ratios below,
     * the left lane's method on the left, the right lane's on the right, each titled.
     */
    public static Region of(InspectorPane pane) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setStyle("-fx-background-color: white;");
        int col = 0;
        for (Method m : pane.methods()) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
            grid.add(cell(pane.normPlot(m).copy("‖∇L‖ per layer · " + m.label())), col, 0);
            grid.add(cell(pane.ratioPlot(m).copy("log10 ‖Δθ‖/‖θ‖ per layer · " + m.label())), col, 1);
            col++;
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            grid.getRowConstraints().add(rc);
        }
        return grid;
    }

    private static LinePlot cell(LinePlot plot) {
        plot.setMinSize(0, 0);
        plot.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        GridPane.setHgrow(plot, Priority.ALWAYS);
        GridPane.setVgrow(plot, Priority.ALWAYS);
        return plot;
    }
}
