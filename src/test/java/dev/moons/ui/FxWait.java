package dev.moons.ui;

import dev.moons.ui.shell.Dashboard;
import dev.moons.ui.shell.FileChooserSeam;
import dev.moons.ui.shell.MoonsApp;
import dev.moons.training.Config;
import dev.moons.app.Snapshot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests share: showing a dashboard, file dialogs answered from fields, reading on the FX thread,
 * waiting for a condition, firing a menu item.
 */
public final class FxWait {
    /** How long any one wait may take. */
    public static final long TIMEOUT_S = 60;

    private FxWait() {}

    /** A started dashboard for {@code config} in a {@code width × height} window on {@code stage} (FX thread). */
    public static Dashboard showDashboard(Stage stage, FileChooserSeam chooser, Config config, int gridSize, int width,
            int height) {
        Dashboard dashboard = new Dashboard(Platform::runLater, chooser, config, gridSize);
        stage.setScene(MoonsApp.createScene(dashboard, width, height));
        stage.show();
        dashboard.start();
        return dashboard;
    }

    /** File dialogs that answer a save with {@code save.get()} and an open with {@code open.get()} (null: cancelled). */
    public static FileChooserSeam files(Supplier<Path> save, Supplier<Path> open) {
        return new FileChooserSeam() {
            @Override
            public Optional<Path> chooseSave(javafx.stage.Window owner, String title, String initialName,
                    String extension) {
                return Optional.ofNullable(save.get());
            }

            @Override
            public Optional<Path> chooseOpen(javafx.stage.Window owner, String title, String extension) {
                return Optional.ofNullable(open.get());
            }
        };
    }

    /** File dialogs that are always cancelled. */
    public static FileChooserSeam noFiles() {
        return files(() -> null, () -> null);
    }

    /** {@code call}'s result, computed on the FX thread. */
    public static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    public static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Waits until the dashboard has loaded and shown its first snapshot. */
    public static void awaitReady(Dashboard dashboard) throws Exception {
        await(() -> dashboard.isReady() && dashboard.lastSnapshot() != null);
    }

    /** The later epoch of the two runs in {@code s}, or -1 for none. */
    public static int epoch(Snapshot s) {
        return s == null ? -1 : Math.max(s.left().last().epoch(), s.right().last().epoch());
    }

    /** Fires the item {@code itemId} of the menu button {@code menuId} (e.g. "#exportMenu"). */
    public static void fireMenuItem(FxRobot robot, String menuId, String itemId) throws Exception {
        MenuButton menu = robot.lookup(menuId).queryAs(MenuButton.class);
        MenuItem item = fx(() -> menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow());
        robot.interact(item::fire);
    }

    /** The status bar's text. */
    public static String statusText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }
}
