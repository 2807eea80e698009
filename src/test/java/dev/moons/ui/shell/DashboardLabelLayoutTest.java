package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.render.chart.ChartLayout;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.chart.LineSearchPlot;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole dashboard in a 1024×640 and a 1920×1080 window after a few epochs: within each chart shown (loss,
 * step size, line search, and each tab's charts) no two labels overlap and a legend covers at most 15 % of its
 * plot; the loss pane's log-y switch is not clipped and every detail tab's header is in view (none in overflow).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DashboardLabelLayoutTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Stage stage;
    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void smallWindowKeepsLabelsApartAndEverythingInView(FxRobot robot) throws Exception {
        checkAt(robot, 1024, 640);
    }

    @Test
    void fullHdWindowKeepsLabelsApartAndEverythingInView(FxRobot robot) throws Exception {
        checkAt(robot, 1920, 1080);
    }

    private void checkAt(FxRobot robot, int width, int height) throws Exception {
        String where = width + "×" + height;
        // given a dashboard in a window of that size, trained for a few epochs
        robot.interact(() -> dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SMALL, 40, width, height));
        FxWait.awaitReady(dashboard);
        // before any step the step-size chart says "no data yet": that note must not sit on its ticks
        // (in a narrow window the loss and step-size charts share the tab pane #chartTabs: each is checked in turn)
        TabPane chartTabs = (TabPane) robot.lookup("#chartTabs").tryQuery().orElse(null);
        boolean narrow = chartTabs != null;
        assertEquals(width < 1100, narrow, where + ": the charts share a tab pane only in a narrow window");
        int chartViews = narrow ? 2 : 1;
        List<String> atStart = new ArrayList<>();
        for (int c = 0; c < chartViews; c++) {
            int chartIndex = c;
            robot.interact(() -> {
                if (narrow) {
                    chartTabs.getSelectionModel().select(chartIndex);
                }
            });
            robot.interact(() -> { });
            robot.interact(() -> {
                for (Node chart : charts(dashboard.root())) {
                    ChartLayout layout = chart instanceof LinePlot lp ? lp.lastLayout()
                            : ((LineSearchPlot) chart).lastLayout();
                    atStart.addAll(problems(where + " epoch 0 " + chart.getId(), layout));
                }
            });
        }
        assertTrue(atStart.isEmpty(), String.join("\n", atStart));
        robot.interact(() -> {
            if (narrow) {
                chartTabs.getSelectionModel().select(0);
            }
        });
        for (int i = 0; i < 4; i++) {
            int before = epoch(fx(dashboard::lastSnapshot));
            robot.interact(dashboard::step);
            await(() -> epoch(dashboard.lastSnapshot()) > before);
        }
        // then the log-y switch lies wholly inside its pane, and every tab header is in view
        robot.interact(() -> {
            Node log = robot.lookup("#logYSwitch").query();
            Bounds switchBox = log.localToScene(log.getLayoutBounds());
            Bounds pane = dashboard.charts().lossPane().localToScene(
                    dashboard.charts().lossPane().getLayoutBounds());
            assertTrue(contains(pane, switchBox), where + ": log-y switch " + switchBox + " outside " + pane + chain(dashboard.charts().lossPane()));
            assertTrue(log.getLayoutBounds().getWidth() >= log.prefWidth(-1) - 0.5, where + ": log-y switch squeezed");
        });
        // and the toolbar needs no overflow menu, even with the widest epoch text
        robot.interact(() -> {
            Label epochLabel = robot.lookup("#epochLabel").queryAs(Label.class);
            epochLabel.setText("epoch 100000 / 100000");
        });
        robot.interact(() -> {
            Node overflow = dashboard.root().lookup(".tool-bar-overflow-button");
            javafx.scene.control.ToolBar bar = (javafx.scene.control.ToolBar) dashboard.root().lookup(".tool-bar");
            double needed = bar.getItems().stream().mapToDouble(n -> n.prefWidth(-1)).sum();
            assertTrue(overflow == null || !overflow.isVisible(), where + ": the toolbar overflows: items need "
                    + needed + " px of " + bar.getWidth());
        });
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        for (TabPane pane : narrow ? List.of(tabs, chartTabs) : List.of(tabs)) {
            robot.interact(() -> headersInView(pane, where));
        }
        // and within every chart shown on each tab, labels are apart and the legend small
        for (int v = 0; v < 4 * chartViews; v++) {
            int index = v / chartViews;
            int chartIndex = v % chartViews;
            robot.interact(() -> {
                tabs.getSelectionModel().select(index);
                if (narrow) {
                    chartTabs.getSelectionModel().select(chartIndex);
                }
            });
            robot.interact(() -> { });
            List<String> failures = new ArrayList<>();
            int[] checked = {0};
            robot.interact(() -> {
                for (Node chart : charts(dashboard.root())) {
                    ChartLayout layout = chart instanceof LinePlot lp ? lp.lastLayout()
                            : ((LineSearchPlot) chart).lastLayout();
                    checked[0]++;
                    failures.addAll(problems(where + " tab " + index + " " + chart.getId(), layout));
                }
            });
            // loss and step size (one of them when they share a tab pane), the line-search plot on the first tab
            int expected = (narrow ? 1 : 2) + (index == 0 ? 1 : 0);
            assertTrue(checked[0] >= expected, where + " tab " + index + ": charts checked " + checked[0]);
            assertTrue(failures.isEmpty(), String.join("\n", failures));
        }
    }

    private static String chain(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node p = n; p != null; p = p.getParent()) {
            b.append("\n  ").append(p.getClass().getSimpleName()).append(' ').append(p.getStyleClass()).append(' ')
                    .append(p.getLayoutBounds().getWidth()).append('x').append(p.getLayoutBounds().getHeight())
                    .append(" vis ").append(p.isVisible());
        }
        return b.toString();
    }

    // every tab header of the pane lies in its header area, and the skin shows no overflow menu
    private static void headersInView(TabPane pane, String where) {
        Node area = pane.lookup(".tab-header-area");
        Node headers = pane.lookup(".headers-region");
        Bounds areaBox = area.localToScene(area.getLayoutBounds());
        assertNotNull(headers, where);
        // the skin shows its overflow menu button only when the headers do not fit (the headers region is then
        // clipped, so the tabs' own boxes can still lie inside the area)
        Node overflow = pane.lookup(".control-buttons-tab");
        assertTrue(overflow == null || !overflow.isVisible(), where + ": tab headers overflow, width "
                + areaBox.getWidth() + " for " + headers.prefWidth(-1));
        for (Node tab : headers.lookupAll(".tab")) {
            Bounds box = tab.localToScene(tab.getLayoutBounds());
            assertTrue(box.getMaxX() <= areaBox.getMaxX() + 0.5 && box.getMinX() >= areaBox.getMinX() - 0.5,
                    where + ": tab " + tab.getId() + " at " + box + " outside the header area " + areaBox);
        }
    }

    // every loss/step/line-search/inspector chart now on screen (visible and given some room)
    private static List<Node> charts(Parent root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible()) {
            return;
        }
        if ((node instanceof LinePlot || node instanceof LineSearchPlot) && node.getLayoutBounds().getWidth() > 1
                && node.getLayoutBounds().getHeight() > 1 && node.getScene() != null) {
            found.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static final double MIN_PLOT_HEIGHT = 50;
    private static final double MIN_PLOT_WIDTH = 100;

    private static List<String> problems(String where, ChartLayout layout) {
        List<String> out = new ArrayList<>();
        List<Bounds> boxes = layout.textBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (overlap(boxes.get(i), boxes.get(j))) {
                    out.add(where + ": " + boxes.get(i) + " overlaps " + boxes.get(j));
                }
            }
        }
        Bounds area = layout.plotArea();
        Bounds legend = layout.legend();
        // a plot squeezed to a strip shows nothing a student can read
        if (area != null && (area.getHeight() < MIN_PLOT_HEIGHT || area.getWidth() < MIN_PLOT_WIDTH)) {
            out.add(where + ": plot area " + area.getWidth() + "×" + area.getHeight() + " smaller than "
                    + MIN_PLOT_WIDTH + "×" + MIN_PLOT_HEIGHT);
        }
        if (area != null && legend != null && area.getWidth() > 0 && area.getHeight() > 0) {
            double covered = Math.max(0, Math.min(legend.getMaxX(), area.getMaxX())
                    - Math.max(legend.getMinX(), area.getMinX()))
                    * Math.max(0, Math.min(legend.getMaxY(), area.getMaxY()) - Math.max(legend.getMinY(), area.getMinY()));
            double share = covered / (area.getWidth() * area.getHeight());
            if (share > 0.15) {
                out.add(where + ": legend covers " + Math.round(100 * share) + " % of the plot");
            }
        }
        return out;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    // boxes overlap when they share more than half a pixel both ways (touching edges do not count)
    private static boolean overlap(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0.5 && h > 0.5;
    }
}
