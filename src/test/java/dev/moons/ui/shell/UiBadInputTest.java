package dev.moons.ui.shell;

import dev.moons.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Config;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Students type anything: every bad value shows a one-line reason next to its field and changes nothing. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UiBadInputTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(50).withHidden(8);

    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = FxWait.showDashboard(stage, FxWait.noFiles(), SMALL, 30, 1280, 720);
    }

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void everyLineSearchFieldRefusesEveryKindOfBadValue(FxRobot robot) throws Exception {
        // given the app with its settings loaded
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> dashboard.isReady()));
        Config before = fx(dashboard::shownConfig);
        for (String field : List.of("alpha0", "rho", "c")) {
            for (String text : List.of("abc", "", "NaN", "Infinity", "-1", "0", "1e400", "2")) {
                if (field.equals("alpha0") && text.equals("2")) {
                    continue;
                }
                // when a bad value is typed and entered
                TextField input = robot.lookup("#" + field + "Field").queryAs(TextField.class);
                robot.interact(() -> {
                    input.setText(text);
                    input.fireEvent(new javafx.event.ActionEvent());
                });
                WaitForAsyncUtils.waitForFxEvents();
                // then its error label says why, on one line, and the settings are unchanged
                Label error = robot.lookup("#" + field + "Error").queryAs(Label.class);
                String message = fx(error::getText);
                assertTrue(fx(error::isVisible), field + " '" + text + "' shows no error");
                assertTrue(!message.isBlank() && message.lines().count() == 1, field + " '" + text + "': " + message);
                assertEquals(before, fx(dashboard::shownConfig), field + " '" + text + "' changed the settings");
            }
        }
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(60, TimeUnit.SECONDS);
    }
}
