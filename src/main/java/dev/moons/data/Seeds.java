package dev.moons.data;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The four named random streams of a run, each from its own user-level seed: data (the moons and their noise),
 * split (the train/test partition), init (the initial weights) and batch (mini-batch order).
 * {@link #of(long)} gives all four the same seed; "new data" or "re-initialize weights" changes one of them only.
 * Every stream is derived as {@code new Random(mix(seed, name))}, the same way in the CLI, the app and the sweep.
 */
public record Seeds(long data, long split, long init, long batch) {

    /** All four streams from one seed {@code s}. */
    public static Seeds of(long s) {
        return new Seeds(s, s, s, s);
    }

    public Seeds withData(long seed) {
        return new Seeds(seed, split, init, batch);
    }

    public Seeds withSplit(long seed) {
        return new Seeds(data, seed, init, batch);
    }

    public Seeds withInit(long seed) {
        return new Seeds(data, split, seed, batch);
    }

    public Seeds withBatch(long seed) {
        return new Seeds(data, split, init, seed);
    }

    /** Generator for the moons and their noise. */
    public Random dataRandom() {
        return new Random(mix(data, "data"));
    }

    /** Generator for the stratified train/test split. */
    public Random splitRandom() {
        return new Random(mix(split, "split"));
    }

    /** Generator for the initial weights. */
    public Random initRandom() {
        return new Random(mix(init, "init"));
    }

    /** Generator for the mini-batch order. */
    public Random batchRandom() {
        return new Random(mix(batch, "batch"));
    }

    /** SplitMix64 finalizer of the seed xor a hash of the stream name: independent streams for equal seeds. */
    static long mix(long seed, String name) {
        long h = 1125899906842597L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        long z = seed ^ h;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
