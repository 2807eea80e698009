package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** ND4J runs single-threaded unless overridden: OpenMP's default team made this network ~10–50× slower. */
class Nd4jRuntimeTest {

    @Test
    void everyThreadKnobIsSetToTheRequestedCount() {
        Nd4jRuntime.ensureConfigured();
        int expected = Nd4jRuntime.requestedThreads();
        assertEquals(expected, Nd4jRuntime.THREADS);
        assertEquals(expected, Nd4j.getEnvironment().maxMasterThreads());
        assertEquals(expected, NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads());
    }

    @Test
    void overrideIsReadFromTheSystemPropertyAndBadValuesFallBackToOne() {
        String old = System.getProperty("moons.nd4j.threads");
        try {
            System.setProperty("moons.nd4j.threads", "2");
            assertEquals(2, Nd4jRuntime.requestedThreads());
            System.setProperty("moons.nd4j.threads", "zero");
            assertEquals(1, Nd4jRuntime.requestedThreads());
            System.setProperty("moons.nd4j.threads", "0");
            assertEquals(1, Nd4jRuntime.requestedThreads());
        } finally {
            if (old == null) {
                System.clearProperty("moons.nd4j.threads");
            } else {
                System.setProperty("moons.nd4j.threads", old);
            }
        }
    }
}
