package dev.moons.ui.shell;

import dev.moons.ui.charts.ChartsPanel;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;

/**
 * The dashboard's bottom row, a split pane the user can resize: loss chart | step-size chart | detail tabs where
 * there is room, and where the row is narrower than {@value #NARROW_WIDTH} px (a 1024-px window) the two charts
 * share one tab pane (Loss | Step size) so that neither chart is squeezed and the detail tabs' headers all fit.
 * Until the user drags a divider, the default shares are kept as the window is resized.
 */
final class BottomRow {
    /** Below this width of the row (px) the loss and step-size charts share a tab pane. */
    static final double NARROW_WIDTH = 820;
    /** Where the dividers sit with three panes until one is dragged: loss 44 %, step size 19 %, tabs 37 %. */
    private static final double[] WIDE_DIVIDERS = {0.44, 0.63};
    /** Where the divider sits with two panes until it is dragged: charts 52 %, tabs 48 %. */
    private static final double[] NARROW_DIVIDERS = {0.52};

    private final SplitPane split = new SplitPane();
    private final ChartsPanel charts;
    private final Node loss;
    private final Node step;
    private final Node details;
    private final Tab lossTab = new Tab("Loss");
    private final Tab stepTab = new Tab("Step size");
    private final TabPane chartTabs = new TabPane(lossTab, stepTab);
    private boolean narrow;
    private boolean dragged;

    /**
     * The row of {@code charts}' loss and step-size panes and {@code details} (the detail tabs); the charts'
     * headers are compact while they share a tab pane.
     */
    BottomRow(ChartsPanel charts, Node details) {
        this.charts = charts;
        this.loss = charts.lossPane();
        this.step = charts.stepPane();
        this.details = details;
        lossTab.setId("lossTab");
        stepTab.setId("stepTab");
        chartTabs.setId("chartTabs");
        chartTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        chartTabs.setMinSize(0, 0);
        split.setId("bottomSplit");
        split.setMinSize(0, 0);
        split.getStyleClass().add("bottom-row");
        wide();
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dragged = true;
                }
            }
        });
        // a SplitPane keeps its dividers' pixels when the window shrinks, which squeezed the step-size chart to a
        // sliver after a resize from the first-start size; until the user drags a divider the shares are kept
        split.widthProperty().addListener((obs, was, now) -> fit(now.doubleValue()));
    }

    /** The split pane to place in the dashboard (id {@code bottomSplit}). */
    SplitPane node() {
        return split;
    }

    /** Whether the two charts share a tab pane (the row is narrower than {@value #NARROW_WIDTH} px). */
    boolean isNarrow() {
        return narrow;
    }

    private void fit(double width) {
        boolean shouldBeNarrow = width > 0 && width < NARROW_WIDTH;
        if (shouldBeNarrow != narrow) {
            if (shouldBeNarrow) {
                narrowed();
            } else {
                wide();
            }
            // a new arrangement starts from the default shares, dragged or not; its dividers exist once the skin
            // has seen the new items, so their shares are set after this layout pass
            dragged = false;
            Platform.runLater(this::defaultShares);
        }
        if (!dragged) {
            defaultShares();
        }
    }

    private void defaultShares() {
        split.setDividerPositions(narrow ? NARROW_DIVIDERS : WIDE_DIVIDERS);
    }

    private void wide() {
        narrow = false;
        charts.setCompact(false);
        lossTab.setContent(null);
        stepTab.setContent(null);
        split.getItems().setAll(List.of(loss, step, details));
        split.setDividerPositions(WIDE_DIVIDERS);
    }

    private void narrowed() {
        narrow = true;
        charts.setCompact(true);
        // take the charts out of the split before a tab adopts them: a node has one parent
        split.getItems().setAll(List.of(chartTabs, details));
        lossTab.setContent(loss);
        stepTab.setContent(step);
        split.setDividerPositions(NARROW_DIVIDERS);
    }
}
