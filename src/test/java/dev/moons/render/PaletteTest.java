package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.moons.training.Method;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void eachMethodsColourIsItsRgbAndTheOkabeItoPairStays() {
        for (Method m : Method.all()) {
            Color c = Palette.of(m);
            assertEquals(m.rgb(), (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                    | (int) Math.round(c.getBlue() * 255), m.id());
            assertSame(c, Palette.of(m), "cached");
        }
        assertEquals(Color.web("#E69F00"), Palette.of(Method.FIXED));
        assertEquals(Color.web("#0072B2"), Palette.of(Method.BACKTRACKING));
    }
}
