package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExportSizeTest {
    @Test
    void readsWidthTimesHeightInEitherSpelling() {
        assertEquals(new ExportSize(1600, 1000), ExportSize.parse("1600×1000"));
        assertEquals(new ExportSize(800, 500), ExportSize.parse(" 800 x 500 "));
        assertEquals("1600×1000", ExportSize.CHART.toString());
    }

    @Test
    void badSizesGiveOneLineReasons() {
        String form = assertThrows(IllegalArgumentException.class, () -> ExportSize.parse("big")).getMessage();
        assertTrue(form.contains("width × height") && form.contains("\"big\""), form);
        String small = assertThrows(IllegalArgumentException.class, () -> ExportSize.parse("100x1000")).getMessage();
        assertEquals("width must be 200 to 8000 px, was 100", small);
        String tall = assertThrows(IllegalArgumentException.class, () -> ExportSize.parse("1000x9000")).getMessage();
        assertEquals("height must be 200 to 8000 px, was 9000", tall);
        assertFalse(form.contains("\n"));
    }

    @Test
    void twiceAWindowIsKeptInsideTheBounds() {
        assertEquals(new ExportSize(2560, 1440), ExportSize.scaled(1280, 720, 2));
        assertEquals(new ExportSize(8000, 200), ExportSize.scaled(5000, 50, 2));
    }
}
