package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.await;
import static dev.moons.ui.FxWait.epoch;
import static dev.moons.ui.FxWait.fx;
import static dev.moons.ui.FxWait.statusText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.export.ChartPicture;
import dev.moons.export.ExportSize;
import dev.moons.training.Config;
import dev.moons.ui.FxWait;
import dev.moons.ui.hidden.UnitMapsPicture;
import dev.moons.ui.inspector.InspectorPicture;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Export menu's pictures beyond the line charts: each boundary, the hidden-unit maps, the inspector's charts and
 * the whole dashboard, drawn offscreen through one renderer at the size asked for, with title and caption.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(100).withHidden(8);

    private Dashboard dashboard;
    private Path chosen;
    private ExportSize asked;
    private ExportSize answer;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        FileChooserSeam files = new FileChooserSeam() {
            @Override
            public Optional<Path> chooseSave(Window owner, String title, String initialName, String extension) {
                return Optional.ofNullable(chosen);
            }

            @Override
            public Optional<ExportSize> chooseSize(Window owner, String what, ExportSize suggested) {
                asked = suggested;
                return Optional.ofNullable(answer == null ? suggested : answer);
            }
        };
        dashboard = FxWait.showDashboard(stage, files, SMALL, 40, 1280, 760);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void eachChartExportsAtTheDefaultSizeWithItsCaption(FxRobot robot) throws Exception {
        trainAFewEpochs(robot);
        for (String item : new String[] {"exportFixed", "exportBacktracking", "exportHiddenUnits", "exportInspector",
            "exportLineSearch"}) {
            chosen = dir.resolve(item + ".png");
            FxWait.fireMenuItem(robot, "#exportMenu", item);
            assertEquals(ExportSize.CHART, asked, item);
            BufferedImage png = ImageIO.read(chosen.toFile());
            assertEquals(ChartPicture.DEFAULT_WIDTH, png.getWidth(), item);
            assertTrue(png.getHeight() > ChartPicture.DEFAULT_HEIGHT, item + " height " + png.getHeight());
            assertTrue(statusText(robot).startsWith("Saved "), statusText(robot));
        }
    }

    @Test
    void dashboardExportsAtTwiceTheWindowAndAChosenSizeIsKept(FxRobot robot) throws Exception {
        trainAFewEpochs(robot);
        chosen = dir.resolve("dashboard.png");
        FxWait.fireMenuItem(robot, "#exportMenu", "exportDashboard");
        double width = fx(() -> dashboard.root().getLayoutBounds().getWidth());
        assertEquals((int) Math.round(2 * width), asked.width());
        assertEquals((int) Math.round(2 * width), ImageIO.read(chosen.toFile()).getWidth());
        // when the user asks for 900×600 instead
        answer = new ExportSize(900, 600);
        chosen = dir.resolve("boundary.png");
        FxWait.fireMenuItem(robot, "#exportMenu", "exportFixed");
        BufferedImage png = ImageIO.read(chosen.toFile());
        assertEquals(900, png.getWidth());
        assertTrue(png.getHeight() > 600 && png.getHeight() < 700, "height " + png.getHeight());
    }

    @Test
    void picturesHoldNoButtonsOrSwitchesOnlyChartsAndTexts(FxRobot robot) throws Exception {
        trainAFewEpochs(robot);
        robot.interact(() -> {
            for (Region copy : new Region[] {DashboardPicture.of(dashboard.views()), dashboard.boundary(
                    dev.moons.training.Method.FIXED).copy(), InspectorPicture.of(dashboard.inspector()),
                UnitMapsPicture.of(dashboard.hiddenUnits())}) {
                Parent root = ChartPicture.compose("title", copy, 1600, 1000);
                assertFalse(hasControl(root), copy.getClass().getSimpleName() + " holds a control");
            }
            assertEquals(SMALL.hidden(), UnitMapsPicture.of(dashboard.hiddenUnits()).count());
        });
    }

    @Test
    void anInvalidSizeIsAOneLineErrorInTheDialog() {
        assertEquals("", SizeDialog.problem("1600×1000"));
        assertEquals("width must be 200 to 8000 px, was 12", SizeDialog.problem("12x1000"));
    }

    private void trainAFewEpochs(FxRobot robot) throws Exception {
        FxWait.awaitReady(dashboard);
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        Tab units = fx(() -> tabs.getTabs().stream().filter(t -> "hiddenUnitsTab".equals(t.getId())).findFirst()
                .orElseThrow());
        robot.interact(() -> tabs.getSelectionModel().select(units));
        for (int i = 0; i < 3; i++) {
            int before = epoch(fx(dashboard::lastSnapshot));
            robot.interact(dashboard::step);
            await(() -> epoch(dashboard.lastSnapshot()) > before);
        }
    }

    // any control other than a plain label (buttons, toggles, switches, fields) anywhere in the tree
    private static boolean hasControl(Node node) {
        if (node instanceof ButtonBase || (node instanceof Control && !(node instanceof Label))) {
            return true;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (hasControl(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
