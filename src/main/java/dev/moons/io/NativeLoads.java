package dev.moons.io;

/**
 * Keeps apart the start-ups that load native code in bulk and cannot overlap: ND4J's CPU backend looks up its BLAS
 * functions with JavaCPP's {@code Loader.addressof}, which calls {@code dlopen} inside a {@code dl_iterate_phdr}
 * callback, and glibc deadlocks that against a {@code dlopen} on another thread, such as the JavaFX toolkit loading
 * its libraries as it starts (seen once as a hang at start-up: both threads parked on the dynamic loader's locks,
 * the JVM deaf even to a thread dump). ND4J's start and the offscreen toolkit's start each run inside
 * {@link #exclusively}. Plain library loads ({@code System.load}) need no such care.
 */
public final class NativeLoads {
    private static final Object LOCK = new Object();

    private NativeLoads() {
    }

    /** Runs {@code start} while no other start-up passed here runs. */
    public static void exclusively(Runnable start) {
        synchronized (LOCK) {
            start.run();
        }
    }
}
