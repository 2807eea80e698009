package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The test JVM asks OpenBLAS for its Haswell kernels, the ones the bit-for-bit fixtures were captured with: OpenBLAS
 * otherwise picks kernels by CPU (SkylakeX on an AVX-512 Intel CPU), and they sum in other orders.
 */
class BlasKernelTest {
    @Test
    void theTestJvmPinsTheKernelsTheFixturesWereCapturedWith() {
        // given the test JVM's environment, when OpenBLAS reads it at load, then it names the Haswell kernels
        assertEquals("Haswell", System.getenv("OPENBLAS_CORETYPE"), "the bit-for-bit fixtures need"
                + " OPENBLAS_CORETYPE=Haswell (the pom sets it for mvn test; set it when running tests elsewhere)");
    }
}
