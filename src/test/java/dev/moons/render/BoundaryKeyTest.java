package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The key under a boundary map: full names where they fit, short ones in a narrow map, never past its edge. */
class BoundaryKeyTest {
    @Test
    void aWideKeyUsesTheFullNames() {
        // given a key 400 px wide starting at the map's left edge, 20 px in
        String[] names = BoundaryPainter.keyNames(20, 400);
        // then the names are the full ones, and they fit
        assertArrayEquals(new String[] {"class 0", "class 1", "train", "test", "p = 0.5"}, names);
        assertTrue(20 + BoundaryPainter.keyWidth(names) <= 400);
    }

    @Test
    void aNarrowKeyShortensTheNamesSoThatTheLastItemIsNotCut() {
        // given the 1024-px window's key: about 330 px wide, the map starting 95 px in
        double full = BoundaryPainter.keyWidth(BoundaryPainter.keyNames(0, 10_000));
        String[] names = BoundaryPainter.keyNames(95, 330);
        // then the full names would not fit, the short ones do
        assertTrue(95 + full > 330, "full key " + full);
        assertArrayEquals(new String[] {"0", "1", "train", "test", "0.5"}, names);
        assertTrue(BoundaryPainter.keyWidth(names) <= 330, "short key " + BoundaryPainter.keyWidth(names));
    }
}
