package dev.moons.model;

import dev.moons.io.NativeLoads;
import org.bytedeco.javacpp.Loader;

import dev.moons.io.StartupTrace;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Configures ND4J once per JVM before any array work: one native thread by default, since OpenMP's default
 * team on a 2-core machine makes this small network ~50× slower. Override with the system property
 * {@code moons.nd4j.threads} or the environment variable {@code MOONS_ND4J_THREADS} (1..256).
 */
public final class Nd4jRuntime {
    /** The number of ND4J/BLAS threads in use. */
    public static final int THREADS;

    static {
        StartupTrace.mark("nd4j start");
        THREADS = requestedThreads();
        NativeLoads.exclusively(() -> {
            Nd4j.getEnvironment().setMaxThreads(THREADS);
            Nd4j.getEnvironment().setMaxMasterThreads(THREADS);
            Nd4j.factory().blas().setMaxThreads(THREADS);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(THREADS);
            Nd4j.setDefaultDataTypes(org.nd4j.linalg.api.buffer.DataType.DOUBLE,
                    org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        });
        StartupTrace.mark("nd4j ready");
    }

    private Nd4jRuntime() {}

    /**
     * Loads ND4J's native libraries (OpenBLAS, libnd4j) without starting ND4J; cheap after the first call. Safe
     * beside other threads that load native libraries; ND4J's start ({@link #ensureConfigured}) is not, and runs
     * inside {@link NativeLoads#exclusively}.
     */
    public static void loadLibraries() {
        Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
        Loader.load(org.bytedeco.openblas.global.openblas.class);
        Loader.load(org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.class);
    }

    /** Triggers the one-time configuration (ND4J's start, see {@link NativeLoads}); cheap after the first call. */
    public static void ensureConfigured() {
        // the static initializer does the work
    }

    static int requestedThreads() {
        String raw = System.getProperty("moons.nd4j.threads", System.getenv("MOONS_ND4J_THREADS"));
        if (raw == null || raw.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            return n >= 1 && n <= 256 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
