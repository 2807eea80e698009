package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Dataset;
import dev.moons.data.Standardizer;
import dev.moons.training.BoundaryGrid;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BoundaryViewTest {
    private static final int N = 30;
    private final BoundaryGrid grid = new BoundaryGrid(N, N, 0, 3, 0, 3, new Standardizer(0, 0, 1, 1));
    private BoundaryView view;

    @Start
    void start(Stage stage) {
        view = new BoundaryView("Fixed step");
        view.setId("boundary-fixed");
        stage.setScene(new Scene(view, 500, 500));
        stage.show();
    }

    /** Three vertical bands: p = 0 (left third), 0.5 (middle), 1 (right third). */
    private static double[] bands() {
        double[] p = new double[N * N];
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                p[j * N + i] = i < 10 ? 0 : i < 20 ? 0.5 : 1;
            }
        }
        return p;
    }

    @Test
    void heatmapShowsTheMapColoursAtKnownPixels(FxRobot robot) {
        robot.interact(() -> {
            Dataset none = new Dataset(new double[0], new double[0], new int[0]);
            view.setData(grid, none, none);
            view.setProbabilities(bands());
            view.applyCss();
            view.layout();
            WritableImage shot = view.snapshot(null, null);
            Node map = view.lookup(".boundary-map");
            Bounds b = map.getBoundsInParent();
            int y = (int) (b.getMinY() + b.getHeight() * 0.6);
            assertColour(ClassColors.argb(0), shot.getPixelReader().getArgb(x(b, 0.5), y));
            assertColour(ClassColors.argb(0.5), shot.getPixelReader().getArgb(x(b, 1.5), y));
            assertColour(ClassColors.argb(1), shot.getPixelReader().getArgb(x(b, 2.5), y));
            assertTrue(view.contourSegments() >= N - 1, "contour at the 0 | 0.5 edge: " + view.contourSegments());
        });
    }

    @Test
    void scatterDrawsClassColoursAtDataCoordinates(FxRobot robot) {
        robot.interact(() -> {
            Dataset train = new Dataset(new double[] {0.5}, new double[] {2.5}, new int[] {1});
            Dataset test = new Dataset(new double[0], new double[0], new int[0]);
            view.setData(grid, train, test);
            view.setProbabilities(new double[N * N]);
            view.layout();
            WritableImage shot = view.snapshot(null, null);
            Bounds b = view.lookup(".boundary-map").getBoundsInParent();
            int px = (int) Math.round(b.getMinX() + b.getWidth() / 6);
            int py = (int) Math.round(b.getMinY() + b.getHeight() / 6);
            assertColour(ClassColors.CLASS1, shot.getPixelReader().getArgb(px, py));
            assertEquals(0, view.contourSegments());
        });
    }

    @Test
    void updatesOfA200By200GridAreCheap(FxRobot robot) {
        BoundaryGrid big = new BoundaryGrid(200, 200, -1.5, 2.5, -1, 1.5, new Standardizer(0, 0, 1, 1));
        double[][] frames = new double[2][200 * 200];
        for (int k = 0; k < 200 * 200; k++) {
            double x = big.x1At(k % 200);
            double y = big.x2At(k / 200);
            frames[0][k] = 1 / (1 + Math.exp(-4 * (y - 0.3 * Math.sin(2 * x))));
            frames[1][k] = 1 / (1 + Math.exp(-4 * (x - 0.5)));
        }
        long[] timings = new long[41];
        robot.interact(() -> {
            Dataset none = new Dataset(new double[0], new double[0], new int[0]);
            view.setData(big, none, none);
            for (int k = 0; k < timings.length; k++) {
                long t = System.nanoTime();
                view.setProbabilities(frames[k % 2]);
                timings[k] = System.nanoTime() - t;
            }
        });
        java.util.Arrays.sort(timings);
        System.out.printf("BoundaryView: setProbabilities 200x200 median %.2f ms, max %.2f ms%n",
                timings[timings.length / 2] / 1e6, timings[timings.length - 1] / 1e6);
        assertTrue(timings[timings.length / 2] < 100_000_000L, "median " + timings[timings.length / 2] / 1e6 + " ms");
    }

    @Test
    void alarmStatusAndInfoAreShown(FxRobot robot) {
        robot.interact(() -> {
            view.setInfo("epoch 12 / 100", "α = 0.5");
            view.setStatus("diverged at epoch 12", true);
            assertTrue(view.isAlarm());
            assertEquals("epoch 12 / 100\nα = 0.5", view.infoText());
            assertTrue(view.lookup(".boundary-status").isVisible());
            view.setStatus("", false);
            assertFalse(view.isAlarm());
            assertFalse(view.lookup(".boundary-status").isVisible());
        });
    }

    @Test
    void rejectsProbabilitiesOfTheWrongSizeOrBeforeData(FxRobot robot) {
        robot.interact(() -> {
            assertThrows(IllegalStateException.class, () -> view.setProbabilities(new double[N * N]));
            Dataset none = new Dataset(new double[0], new double[0], new int[0]);
            view.setData(grid, none, none);
            assertThrows(IllegalArgumentException.class, () -> view.setProbabilities(new double[7]));
        });
    }

    /** A tall pane (the map's width-limited) with four points, the bands and {@code info}, laid out. */
    private BoundaryView laidOutTall(String... info) {
        return laidOut(500, 820, info);
    }

    /** A {@code w}×{@code h} pane with four points, the bands and {@code info}, laid out. */
    private BoundaryView laidOut(double w, double h, String... info) {
        BoundaryView v = new BoundaryView("Fixed step");
        new Scene(v, w, h);
        Dataset train = new Dataset(new double[] {0.5, 2.5}, new double[] {2.5, 0.5}, new int[] {1, 0});
        Dataset test = new Dataset(new double[] {1.5, 1.0}, new double[] {1.5, 2.0}, new int[] {0, 1});
        v.setData(grid, train, test);
        v.setProbabilities(bands());
        v.setInfo(info);
        v.applyCss();
        v.layout();
        return v;
    }

    @Test
    void aMapThatOnlyMovesKeepsItsCanvasesAndLooksAsIfDrawnAfresh(FxRobot robot) {
        robot.interact(() -> {
            // given a laid-out pane whose run numbers take one line
            BoundaryView v = laidOutTall("epoch 1 / 100");
            Bounds before = v.lookup(".boundary-map").getBoundsInParent();
            long redraws = v.scatterRedraws();
            // when the numbers grow to three lines (the map moves down, same size)
            v.setInfo("epoch 10 / 100   α 0.5", "loss 0.25  (test 0.3)", "accuracy  train 90%  test 88%");
            v.applyCss();
            v.layout();
            Bounds after = v.lookup(".boundary-map").getBoundsInParent();
            // then the scatter and contour are not repainted, and the picture equals a pane drawn at once
            assertTrue(after.getMinY() > before.getMinY(), "map moved: " + before + " → " + after);
            assertEquals(before.getWidth(), after.getWidth());
            assertEquals(before.getHeight(), after.getHeight());
            assertEquals(redraws, v.scatterRedraws());
            BoundaryView fresh = laidOutTall("epoch 10 / 100   α 0.5", "loss 0.25  (test 0.3)",
                    "accuracy  train 90%  test 88%");
            assertSamePixels(fresh.snapshot(null, null), v.snapshot(null, null));
        });
    }

    @Test
    void numbersThatWrapToFewerLinesLeaveAHeightLimitedMapAlone(FxRobot robot) {
        robot.interact(() -> {
            // given a low pane (the map's height-limited) whose run numbers took three lines
            String[] three = {"epoch 10 / 100   α 0.5", "loss 0.25  (test 0.3)", "accuracy  train 90%  test 88%"};
            BoundaryView v = laidOut(340, 330, three);
            Bounds tall = v.lookup(".boundary-map").getBoundsInParent();
            long redraws = v.scatterRedraws();
            // when they shrink to one line, then grow back to three (what training does every few epochs)
            v.setInfo("epoch 11 / 100");
            v.applyCss();
            v.layout();
            Bounds shrunk = v.lookup(".boundary-map").getBoundsInParent();
            v.setInfo(three);
            v.applyCss();
            v.layout();
            // then the map keeps its place and size and its scatter is not repainted
            assertEquals(tall, shrunk);
            assertEquals(tall, v.lookup(".boundary-map").getBoundsInParent());
            assertEquals(redraws, v.scatterRedraws());
            // and new data releases the room: one line from the start gives a taller map
            BoundaryView fresh = laidOut(340, 330, "epoch 11 / 100");
            double freshH = fresh.lookup(".boundary-map").getBoundsInParent().getHeight();
            assertTrue(freshH > tall.getHeight() + 10, "height-limited: " + freshH + " vs " + tall.getHeight());
        });
    }

    @Test
    void theSameStatusAgainAsksForNoLayout(FxRobot robot) {
        robot.interact(() -> {
            // given a laid-out pane showing "training" as a pill
            BoundaryView v = laidOutTall("epoch 1 / 100");
            v.setStatus("training", false);
            v.applyCss();
            v.layout();
            WritableImage before = v.snapshot(null, null);
            javafx.scene.Parent pill = (javafx.scene.Parent) v.lookup(".boundary-status");
            // when the next epoch sets the same status again
            v.setStatus("training", false);
            // then nothing is invalidated and the picture is the same; a different status still shows
            assertFalse(v.isNeedsLayout(), "layout requested");
            assertFalse(pill.isNeedsLayout(), "the pill asks for layout");
            assertSamePixels(before, v.snapshot(null, null));
            v.setStatus("diverged at epoch 3", true);
            assertTrue(v.isNeedsLayout());
            assertTrue(v.isAlarm());
        });
    }

    private static void assertSamePixels(WritableImage expected, WritableImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int differing = 0;
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                if (expected.getPixelReader().getArgb(x, y) != actual.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels that differ");
    }

    private static int x(Bounds b, double dataX1) {
        return (int) (b.getMinX() + b.getWidth() * dataX1 / 3);
    }

    private static void assertColour(int expected, int actual) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 3, String.format("expected %08x, got %08x", expected, actual));
        }
    }
}
