package dev.moons.ui.shell;

import dev.moons.ui.hidden.UnitMapsPicture;
import dev.moons.ui.inspector.InspectorPicture;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Open in its own window" on each chart pane (a right-click menu): a new window showing a copy of the chart as it
 * is now, filling the window at full size and drawn anew whenever the window is resized.
 */
final class ChartWindows {
    /** The key under which a pane keeps its menu in its properties (for tests). */
    static final String MENU = "chartWindowMenu";
    private static final double SCREEN_SHARE = 0.8;

    private ChartWindows() {}

    /** Installs the menu on every chart pane of {@code views}; new windows belong to {@code owner}. */
    static void install(Views views, Supplier<Window> owner) {
        add(views.charts().lossPane(), ExportActions.LOSS_TITLE, () -> views.charts().lossPlot().copy(""), owner);
        add(views.charts().stepPane(), ExportActions.STEP_TITLE, () -> views.charts().stepPlot().copy(""), owner);
        add(views.lineSearch().node(), ExportActions.LINE_SEARCH_TITLE, () -> views.lineSearch().plot().copy(),
                owner);
        for (int i = 0; i < 2; i++) {
            int lane = i;
            // the lane's method when the window opens: the lanes follow the choosers
            add(views.lane(lane), () -> "Decision boundary: " + views.methods().get(lane).label(),
                    () -> views.lane(lane).copy(), owner);
        }
        add(views.hiddenUnits().node(), ExportActions.HIDDEN_TITLE, () -> UnitMapsPicture.of(views.hiddenUnits()),
                owner);
        add(views.inspector().tab().getContent(), ExportActions.INSPECTOR_TITLE,
                () -> InspectorPicture.of(views.inspector()), owner);
    }

    /** Opens {@code copy} in a window of its own titled {@code title}, 80 % of the screen; returns the window. */
    static Stage open(String title, Region copy, Window owner) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        copy.setMinSize(0, 0);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(new Scene(copy, screen.getWidth() * SCREEN_SHARE, screen.getHeight() * SCREEN_SHARE,
                Color.WHITE));
        stage.show();
        return stage;
    }

    private static void add(Node pane, String title, Supplier<Region> copy, Supplier<Window> owner) {
        add(pane, () -> title, copy, owner);
    }

    private static void add(Node pane, Supplier<String> title, Supplier<Region> copy, Supplier<Window> owner) {
        MenuItem item = new MenuItem("Open in its own window");
        item.setOnAction(e -> open(title.get(), copy.get(), owner.get()));
        ContextMenu menu = new ContextMenu(item);
        pane.getProperties().put(MENU, menu);
        pane.setOnContextMenuRequested(e -> {
            menu.show(pane, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }
}
