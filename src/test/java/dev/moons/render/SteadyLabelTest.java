package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A steady label re-lays only itself for a new text of the same size, and looks like a plain label throughout. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SteadyLabelTest {
    /** An HBox that counts its layout passes. */
    static final class CountingBox extends HBox {
        int layouts;

        @Override
        protected void layoutChildren() {
            layouts++;
            super.layoutChildren();
        }
    }

    private CountingBox steadyRow;
    private CountingBox plainRow;
    private SteadyLabel steady;
    private Label plain;

    @Start
    void start(Stage stage) {
        steadyRow = new CountingBox();
        plainRow = new CountingBox();
        steady = new SteadyLabel("epoch 10 / 300");
        plain = new Label("epoch 10 / 300");
        plain.setMinWidth(Label.USE_PREF_SIZE);
        steadyRow.getChildren().addAll(steady, new Label("after"));
        plainRow.getChildren().addAll(plain, new Label("after"));
        stage.setScene(new Scene(new VBox(steadyRow, plainRow), 400, 120));
        stage.show();
    }

    @Test
    void aNumberOfTheSameWidthReLaysOnlyTheLabelAndAWiderOneTheRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // the default font's digits share one width (the premise of the label's use for numbers)
        assertEquals(new Text("epoch 10 / 300").getLayoutBounds().getWidth(),
                new Text("epoch 57 / 300").getLayoutBounds().getWidth(), 0.0);
        int steadyBefore = steadyRow.layouts;
        int plainBefore = plainRow.layouts;
        // when both labels get 40 new numbers of the same width, one per pulse
        for (int i = 11; i <= 50; i++) {
            String text = "epoch " + i + " / 300";
            robot.interact(() -> {
                steady.setText(text);
                plain.setText(text);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        // then the plain label's row was laid out again each time, the steady label's row never
        assertTrue(plainRow.layouts - plainBefore >= 40, "plain row layouts: " + (plainRow.layouts - plainBefore));
        assertEquals(steadyBefore, steadyRow.layouts, "steady row layouts");
        assertTrue(steady.localLayouts() >= 40);
        // and both show the same pixels
        assertArrayEquals(pixels(robot, plainRow), pixels(robot, steadyRow));

        // when the number gets wider
        robot.interact(() -> {
            steady.setText("epoch 100 / 300");
            plain.setText("epoch 100 / 300");
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then the steady label's row is laid out again, the label as wide as its text, the same pixels as the plain one
        assertTrue(steadyRow.layouts > steadyBefore, "a wider text lays the row out");
        assertEquals(plain.getWidth(), steady.getWidth(), 0.0);
        assertArrayEquals(pixels(robot, plainRow), pixels(robot, steadyRow));
    }

    private static int[] pixels(FxRobot robot, HBox row) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = row.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
