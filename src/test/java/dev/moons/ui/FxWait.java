package dev.moons.ui;

import dev.moons.ui.service.Snapshot;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: reading on the FX thread, waiting for a condition, firing a menu item. */
final class FxWait {
    /** How long any one wait may take. */
    static final long TIMEOUT_S = 60;

    private FxWait() {}

    /** {@code call}'s result, computed on the FX thread. */
    static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Waits until the dashboard has loaded and shown its first snapshot. */
    static void awaitReady(Dashboard dashboard) throws Exception {
        await(() -> dashboard.isReady() && dashboard.lastSnapshot() != null);
    }

    /** The later epoch of the two runs in {@code s}, or -1 for none. */
    static int epoch(Snapshot s) {
        return s == null ? -1 : Math.max(s.fixed().last().epoch(), s.backtracking().last().epoch());
    }

    /** Fires the item {@code itemId} of the menu button {@code menuId} (e.g. "#exportMenu"). */
    static void fireMenuItem(FxRobot robot, String menuId, String itemId) throws Exception {
        MenuButton menu = robot.lookup(menuId).queryAs(MenuButton.class);
        MenuItem item = fx(() -> menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow());
        robot.interact(item::fire);
    }

    /** The status bar's text. */
    static String statusText(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#statusBar").queryAs(StatusBar.class).getText());
    }
}
