package dev.moons.io;

import dev.moons.model.Nd4jRuntime;
import java.util.concurrent.CountDownLatch;

/** NativeLoadsTest's fresh JVM: prints whether ND4J's start waited for a start-up holding the turn. */
public final class NativeLoadsProbe {
    private NativeLoadsProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        long[] released = new long[1];
        Thread other = new Thread(() -> NativeLoads.exclusively(() -> {
            inside.countDown();
            try {
                Thread.sleep(4000); // longer than ND4J takes to start (~0.4–1.5 s): without the turn it would end first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            released[0] = System.nanoTime();
        }), "other-start-up");
        other.start();
        inside.await();
        Nd4jRuntime.ensureConfigured();
        long started = System.nanoTime();
        other.join();
        System.out.println(started > released[0] ? "nd4j started after the other start-up"
                : "nd4j started beside the other start-up");
    }
}
