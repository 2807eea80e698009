package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moons.data.Dataset;
import dev.moons.data.Standardizer;
import dev.moons.training.BoundaryGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A boundary pane maps a click back to raw data coordinates and turns the modifiers into an edit. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BoundaryViewClicksTest {
    private final BoundaryGrid grid = new BoundaryGrid(40, 20, -2, 2, -1, 1, new Standardizer(0, 0, 1, 1));
    private final List<String> edits = new ArrayList<>();
    private BoundaryView view;

    @Start
    void start(Stage stage) {
        view = new BoundaryView("Fixed step");
        stage.setScene(new Scene(view, 600, 500));
        stage.show();
    }

    @Test
    void pixelsMapToDataCoordinatesAndBack(FxRobot robot) {
        robot.interact(() -> {
            show();
            Bounds map = view.lookup(".boundary-map").getBoundsInParent();
            // the map's corners are the grid's rectangle, x2 upwards
            assertPoint(-2, 1, view.dataAt(map.getMinX(), map.getMinY()));
            assertPoint(2, -1, view.dataAt(map.getMaxX(), map.getMaxY()));
            assertEquals(4 / map.getWidth(), view.dataPerPixel(), 1e-12);
            // pixelAt is dataAt's inverse
            Point2D p = view.pixelAt(0.7, -0.3);
            assertPoint(0.7, -0.3, view.dataAt(p.getX(), p.getY()));
            // off the map there is no data point
            assertNull(view.dataAt(map.getMinX() - 1, map.getMinY() + 5));
            assertNull(view.dataAt(map.getMinX() + 5, map.getMaxY() + 1));
        });
    }

    @Test
    void plainShiftAndCtrlClicksAddClass0AddClass1AndRemove(FxRobot robot) {
        robot.interact(() -> {
            show();
            view.setPointClicks(new BoundaryView.PointClicks() {
                @Override
                public void add(double x1, double x2, int label) {
                    edits.add(String.format(Locale.ROOT, "add %.2f %.2f %d", x1, x2, label));
                }

                @Override
                public void removeNearest(double x1, double x2, double radius) {
                    edits.add(String.format(Locale.ROOT, "remove %.2f %.2f r=%.4f", x1, x2, radius));
                }
            });
            Point2D p = view.pixelAt(0.5, 0.25);
            click(p, false, false, MouseButton.PRIMARY);
            click(p, true, false, MouseButton.PRIMARY);
            click(p, false, true, MouseButton.PRIMARY);
            click(p, false, false, MouseButton.SECONDARY);
            click(new Point2D(1, 1), false, false, MouseButton.PRIMARY);
        });
        String radius = String.format(Locale.ROOT, "%.4f",
                BoundaryView.REMOVE_RADIUS_PX * view.dataPerPixel());
        assertEquals(List.of("add 0.50 0.25 0", "add 0.50 0.25 1", "remove 0.50 0.25 r=" + radius), edits);
    }

    private void show() {
        Dataset none = new Dataset(new double[0], new double[0], new int[0]);
        view.setData(grid, none, none);
        view.applyCss();
        view.layout();
    }

    private void click(Point2D local, boolean shift, boolean ctrl, MouseButton button) {
        Point2D screen = view.localToScreen(local);
        Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_CLICKED, local.getX(), local.getY(), screen.getX(),
                screen.getY(), button, 1, shift, ctrl, false, false, button == MouseButton.PRIMARY, false,
                button == MouseButton.SECONDARY, false, false, true, null));
    }

    private static void assertPoint(double x1, double x2, Point2D data) {
        assertEquals(x1, data.getX(), 1e-9);
        assertEquals(x2, data.getY(), 1e-9);
    }
}
