package dev.moons.data;

import java.util.Random;

/** A stratified train/test partition of a dataset. */
public record Split(Dataset train, Dataset test) {

    /** Training points taken from a class of {@code classSize} points: round(ratio × classSize). */
    public static int trainCount(int classSize, double ratio) {
        return (int) Math.round(ratio * classSize);
    }

    /** Shuffles each class with {@code rng} and puts {@link #trainCount} of it in train, the rest in test. */
    public static Split stratified(Dataset all, double trainRatio, Random rng) {
        throw new UnsupportedOperationException("data helper");
    }
}
