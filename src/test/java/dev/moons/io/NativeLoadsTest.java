package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Start-ups that load native code in bulk take turns: ND4J's start waits while another one runs. */
class NativeLoadsTest {

    @Test
    void aSecondStartWaitsUntilTheFirstHasEnded() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] order = new long[2];
        Thread first = new Thread(() -> NativeLoads.exclusively(() -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            order[0] = System.nanoTime();
        }));
        first.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Thread second = new Thread(() -> NativeLoads.exclusively(() -> order[1] = System.nanoTime()));
        second.start();
        second.join(200);
        assertTrue(second.isAlive(), "the second start ran beside the first");
        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertTrue(order[1] > order[0]);
    }

    @Test
    void nd4jStartsOnlyAfterAStartUpInProgressHasEnded() throws IOException, InterruptedException {
        // a fresh JVM (ND4J starts once per JVM): a thread holds the turn for 4 s while main starts ND4J
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=0", NativeLoadsProbe.class.getName()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("nd4j started after the other start-up"), out);
    }
}
