package dev.moons.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.settings.WindowState;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window opens, from the screens and what was remembered. */
class WindowPlacementTest {
    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1600, 1000);
    private static final Rectangle2D RIGHT = new Rectangle2D(1600, 0, 1920, 1080);
    private static final List<Rectangle2D> TWO = List.of(PRIMARY, RIGHT);

    @Test
    void theFirstStartTakes85PercentOfThePrimaryScreenCentred() {
        WindowPlacement.Placement p = WindowPlacement.place(TWO, PRIMARY, Optional.empty(), 1024, 640);
        assertEquals(new Rectangle2D(120, 75, 1360, 850), p.bounds());
        assertFalse(p.maximized());
        assertEquals(PRIMARY, p.screen());
    }

    @Test
    void aSmallScreenGetsTheMinimumSizeOrTheWholeScreen() {
        Rectangle2D laptop = new Rectangle2D(0, 24, 1100, 700);
        WindowPlacement.Placement p = WindowPlacement.place(List.of(laptop), laptop, Optional.empty(), 1024, 640);
        assertEquals(new Rectangle2D(38, 54, 1024, 640), p.bounds());
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
        assertEquals(tiny, WindowPlacement.place(List.of(tiny), tiny, Optional.empty(), 1024, 640).bounds());
    }

    @Test
    void aRememberedWindowOpensWhereItWasOnItsScreenMaximizedIfItWas() {
        WindowState was = new WindowState(1700, 50, 1200, 800, true);
        WindowPlacement.Placement p = WindowPlacement.place(TWO, PRIMARY, Optional.of(was), 1024, 640);
        assertEquals(new Rectangle2D(1700, 50, 1200, 800), p.bounds());
        assertTrue(p.maximized());
        assertEquals(RIGHT, p.screen());
    }

    @Test
    void aWindowHalfOffItsScreenIsPulledBackAndShrunkToFit() {
        WindowState was = new WindowState(1000, 600, 1500, 1200, false);
        WindowPlacement.Placement p = WindowPlacement.place(List.of(PRIMARY), PRIMARY, Optional.of(was), 1024, 640);
        assertEquals(new Rectangle2D(100, 0, 1500, 1000), p.bounds());
    }

    @Test
    void aWindowOnAScreenNowGoneIsCentredOnThePrimaryAndTooSmallOneGrowsToTheMinimum() {
        WindowState gone = new WindowState(4000, 200, 800, 500, false);
        WindowPlacement.Placement p = WindowPlacement.place(TWO, PRIMARY, Optional.of(gone), 1024, 640);
        assertEquals(new Rectangle2D(288, 180, 1024, 640), p.bounds());
        assertEquals(PRIMARY, p.screen());
    }
}
