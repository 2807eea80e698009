package dev.moons.data;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/** A stratified train/test partition of a dataset. */
public record Split(Dataset train, Dataset test) {

    /** Training points taken from a class of {@code classSize} points: round(ratio × classSize). */
    public static int trainCount(int classSize, double ratio) {
        return (int) Math.round(ratio * classSize);
    }

    /**
     * Shuffles each class (0 then 1) with {@code rng} and puts {@link #trainCount} of it in train, the rest in test;
     * then shuffles the train rows and the test rows so that the classes are interleaved.
     */
    public static Split stratified(Dataset all, double trainRatio, Random rng) {
        if (!(trainRatio > 0 && trainRatio < 1)) {
            throw new IllegalArgumentException("trainRatio must be in (0, 1), was " + trainRatio);
        }
        int n = all.size();
        int[] train = new int[n];
        int[] test = new int[n];
        int trainSize = 0;
        int testSize = 0;

        // per class: shuffle its rows, the first trainCount go to train
        for (int label = 0; label <= 1; label++) {
            int[] rows = rowsOfClass(all, label);
            shuffle(rows, rng);
            int k = trainCount(rows.length, trainRatio);
            for (int i = 0; i < rows.length; i++) {
                if (i < k) {
                    train[trainSize++] = rows[i];
                } else {
                    test[testSize++] = rows[i];
                }
            }
        }

        // interleave the classes
        int[] trainRows = Arrays.copyOf(train, trainSize);
        int[] testRows = Arrays.copyOf(test, testSize);
        shuffle(trainRows, rng);
        shuffle(testRows, rng);
        return new Split(all.subset(trainRows), all.subset(testRows));
    }

    /** Indices of the rows labelled {@code label}, in ascending order. */
    private static int[] rowsOfClass(Dataset all, int label) {
        int[] labels = all.labels();
        return IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
    }

    /** Fisher–Yates shuffle of {@code a} in place. */
    private static void shuffle(int[] a, Random rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int v = a[i];
            a[i] = a[j];
            a[j] = v;
        }
    }
}
