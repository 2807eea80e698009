package dev.moons.ui.shell;

import static dev.moons.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.render.Formats;
import dev.moons.training.Config;
import dev.moons.training.Parameter;
import dev.moons.training.Range;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings panel alone: ranges, defaults and tooltips from the table; values beyond a control kept as they are. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ControlsPanelTest {
    private ControlsPanel panel;
    private final List<Config> reported = new ArrayList<>();

    @Start
    void start(Stage stage) {
        panel = new ControlsPanel(Config.defaults(), Seeds.of(42), (c, s) -> reported.add(c));
        stage.setScene(new Scene((Region) panel.node(), 340, 760));
        stage.show();
    }

    @Test
    void controlsOfferTheTablesControlRangesAndShowItsDefaults(FxRobot robot) throws Exception {
        assertSlider(robot, "#noiseSlider", Parameter.NOISE.controlRange(), 0.2);
        assertSlider(robot, "#trainRatioSlider", Parameter.TRAIN_RATIO.controlRange(), 0.7);
        assertSlider(robot, "#lrSlider", Range.closed(-4, 3), -2);
        assertSpinner(robot, "#samplesSpinner", 12, 5000, 1000);
        assertSpinner(robot, "#hiddenSpinner", 1, 256, 16);
        assertSpinner(robot, "#epochsSpinner", 1, 100_000, 1000);
        assertSpinner(robot, "#batchSpinner", 0, 100_000, 0);
        assertEquals(Config.defaults(), fx(panel::config));
        String noiseTip = tooltip(robot, "#noiseSlider");
        assertTrue(noiseTip.contains("Valid: 0 to 1; this control offers 0 to 0.5: above 0.5"), noiseTip);
        assertTrue(noiseTip.endsWith("Default 0.2."), noiseTip);
        String samplesTip = tooltip(robot, "#samplesSpinner");
        assertTrue(samplesTip.contains("Valid: 8 to 100000; this control offers 12 to 5000"), samplesTip);
        assertTrue(tooltip(robot, "#cField").contains("Valid: (0,1). Default 1e-4."), tooltip(robot, "#cField"));
    }

    @Test
    void settingsBeyondTheControlsAreShownAsTheyAreAndTheRangesComeBackAfter(FxRobot robot) throws Exception {
        // given settings from a file beyond every control's usual range
        Config wide = Config.defaults().withNoise(0.8).withSamples(20_000).withTrainRatio(0.3).withLr(1e-5);
        // when the panel adopts them
        robot.interact(() -> panel.adopt(wide, Seeds.of(42)));
        // then every control shows them exactly and they are the panel's settings
        assertEquals(0.8, fx(() -> slider(robot, "#noiseSlider").getValue()));
        assertEquals(20_000, (int) fx(() -> spinner(robot, "#samplesSpinner").getValue()));
        assertEquals("20000", fx(() -> spinner(robot, "#samplesSpinner").getEditor().getText()));
        assertEquals(0.3, fx(() -> slider(robot, "#trainRatioSlider").getValue()));
        assertEquals(-5, fx(() -> slider(robot, "#lrSlider").getValue()), 1e-12);
        assertEquals(Formats.num(1e-5), fx(() -> robot.lookup("#lrValue").queryAs(Label.class).getText()));
        assertEquals(wide, fx(panel::config));
        // and a change elsewhere keeps them
        robot.interact(() -> spinner(robot, "#hiddenSpinner").getValueFactory().setValue(8));
        assertEquals(wide.withHidden(8), fx(panel::config));
        // when the defaults are loaded again, the usual ranges return
        robot.interact(() -> panel.load(Config.defaults(), Seeds.of(42)));
        assertSlider(robot, "#noiseSlider", Parameter.NOISE.controlRange(), 0.2);
        assertSpinner(robot, "#samplesSpinner", 12, 5000, 1000);
        assertSlider(robot, "#lrSlider", Range.closed(-4, 3), -2);
    }

    @Test
    void aTypedSampleCountBeyondTheSpinnerIsTrainedAndOneBeyondConfigIsRefusedInOneLine(FxRobot robot)
            throws Exception {
        Spinner<Integer> samples = spinner(robot, "#samplesSpinner");
        robot.interact(() -> {
            samples.getEditor().setText("20000");
            samples.commitValue();
        });
        assertEquals(20_000, fx(panel::config).samples());
        assertEquals(20_000, reported.get(reported.size() - 1).samples());
        robot.interact(() -> {
            samples.getEditor().setText("200000");
            samples.commitValue();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#samplesError").queryAs(Label.class);
        assertTrue(fx(error::isVisible));
        assertEquals("samples must be in [8, 100000], was 200000", fx(error::getText));
        assertEquals(20_000, fx(panel::config).samples());
        assertFalse(fx(error::getText).contains("\n"));
    }

    private static void assertSlider(FxRobot robot, String id, Range range, double value) throws Exception {
        Slider s = slider(robot, id);
        assertEquals(range.min(), fx(s::getMin), 1e-12, id + " min");
        assertEquals(range.max(), fx(s::getMax), 1e-12, id + " max");
        assertEquals(value, fx(s::getValue), 1e-12, id + " value");
    }

    private static void assertSpinner(FxRobot robot, String id, int min, int max, int value) throws Exception {
        IntegerSpinnerValueFactory f = (IntegerSpinnerValueFactory) spinner(robot, id).getValueFactory();
        assertEquals(min, (int) fx(f::getMin), id + " min");
        assertEquals(max, (int) fx(f::getMax), id + " max");
        assertEquals(value, (int) fx(f::getValue), id + " value");
    }

    private static String tooltip(FxRobot robot, String id) throws Exception {
        return fx(() -> ((Tooltip) robot.lookup(id).query().getProperties().get("javafx.scene.control.Tooltip"))
                .getText());
    }

    private static Slider slider(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Slider.class);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }
}
