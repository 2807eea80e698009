package dev.moons.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.io.Numbers;
import dev.moons.training.EpochRecord;
import dev.moons.training.RunStatus;
import org.junit.jupiter.api.Test;

class RunLabelsTest {

    @Test
    void infoLinesShowEpochStepAccuracyAndLoss() {
        EpochRecord r = new EpochRecord(12, 0.25, 0.3, 0.9, 0.875, 0.5, 40, 0.1, 3, RunStatus.RUNNING);
        assertArrayEquals(new String[] {"epoch 12 / 100", "α = 0.5", "accuracy  train 90.0% · test 87.5%",
                "loss  train 0.25 · test 0.3"}, RunLabels.infoLines(r, 100));
    }

    @Test
    void divergenceIsAnAlarmWithItsEpoch() {
        EpochRecord r = new EpochRecord(12, Double.NaN, Double.NaN, 0.5, 0.5, 4, 13, Double.NaN, 1,
                RunStatus.DIVERGED);
        assertTrue(RunLabels.statusText(r).startsWith("diverged at epoch 12"));
        assertTrue(RunLabels.isAlarm(RunStatus.DIVERGED));
        assertFalse(RunLabels.isAlarm(RunStatus.FINISHED));
        assertEquals("", RunLabels.statusText(new EpochRecord(3, 1, 1, 1, 1, 1, 1, 1, 1, RunStatus.FINISHED)));
    }

    @Test
    void numbersAreCompact() {
        assertEquals("1e-4", Numbers.compact(1e-4));
        assertEquals("0.06567", Numbers.compact(0.065671));
        assertEquals("1", Numbers.compact(1.0));
        assertEquals("—", Numbers.compact(Double.NaN));
        assertEquals("∞", Numbers.compact(Double.POSITIVE_INFINITY));
        assertEquals("2.5e5", Numbers.compact(250_000));
    }
}
