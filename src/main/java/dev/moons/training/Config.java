package dev.moons.training;

import dev.moons.data.Split;
import dev.moons.model.Activation;

/**
 * Every hyper-parameter of a comparison, with its meaning, default and valid range. The constructor checks
 * each one and throws {@link IllegalArgumentException} with a one-line reason naming it and its range.
 *
 * @param samples    number of two-moons points, half on each arc; default 1000, range 4..100,000
 * @param noise      standard deviation of the Gaussian noise added to each coordinate; default 0.2, range [0, 1]
 * @param trainRatio fraction of each class put in the training set; default 0.7, in (0, 1) leaving at least
 *                   2 points of each class on each side
 * @param hidden     hidden units H; default 16, range 1..256
 * @param epochs     number of epochs to train; default 1000, range 1..100,000
 * @param lr         the fixed learning rate of plain gradient descent; default 0.01, any finite value &gt; 0
 * @param alpha0     the first step size the line search tries; default 1.0, finite &gt; 0
 * @param rho        the factor the line search shrinks α by after a failed trial; default 0.5, in (0, 1)
 * @param c          the Armijo sufficient-decrease constant; default 1e-4, in (0, 1)
 * @param batch      mini-batch size, 0 for full batch; default 0, range 0..n_train
 * @param seed       the seed of every random stream (data, split, init, batch); default 42
 * @param seeds      how many seeds to repeat over (seed … seed+k−1); default 1, range 1..1,000
 * @param warmStart  whether each line search starts at min(α0, 2 × the last accepted α); default false
 * @param activation the hidden layer's activation (relu, leaky-relu, tanh, sigmoid); default relu
 */
public record Config(int samples, double noise, double trainRatio, int hidden, int epochs, double lr,
        double alpha0, double rho, double c, int batch, long seed, int seeds, boolean warmStart,
        Activation activation) {

    public static final int DEFAULT_SAMPLES = 1000;
    public static final double DEFAULT_NOISE = 0.2;
    public static final double DEFAULT_TRAIN_RATIO = 0.7;
    public static final int DEFAULT_HIDDEN = 16;
    public static final int DEFAULT_EPOCHS = 1000;
    public static final double DEFAULT_LR = 0.01;
    public static final double DEFAULT_ALPHA0 = 1.0;
    public static final double DEFAULT_RHO = 0.5;
    public static final double DEFAULT_C = 1e-4;
    public static final long DEFAULT_SEED = 42;
    public static final Activation DEFAULT_ACTIVATION = Activation.RELU;

    /** Validates every field; see the class comment for the ranges. */
    public Config {
        intIn("samples", samples, 4, 100_000);
        doubleIn("noise", noise, 0, 1);
        if (!(trainRatio > 0 && trainRatio < 1)) {
            throw new IllegalArgumentException("train-ratio must be in (0, 1), was " + trainRatio);
        }
        checkSplit(samples / 2, samples - samples / 2, trainRatio, "samples " + samples);
        intIn("hidden", hidden, 1, 256);
        intIn("epochs", epochs, 1, 100_000);
        positiveFinite("lr", lr);
        positiveFinite("alpha0", alpha0);
        openUnit("rho", rho);
        openUnit("c", c);
        int nTrain = Split.trainCount(samples / 2, trainRatio) + Split.trainCount(samples - samples / 2, trainRatio);
        intIn("batch", batch, 0, nTrain);
        intIn("seeds", seeds, 1, 1000);
        if (activation == null) {
            throw new IllegalArgumentException("activation must be one of " + Activation.names() + ", was null");
        }
    }

    /** The settings with the default activation (relu); the arguments are those of the canonical constructor. */
    public Config(int samples, double noise, double trainRatio, int hidden, int epochs, double lr, double alpha0,
            double rho, double c, int batch, long seed, int seeds, boolean warmStart) {
        this(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                DEFAULT_ACTIVATION);
    }

    /**
     * Rejects a train ratio that leaves fewer than 2 training or 2 test points in a class of the given sizes;
     * {@code what} names the data in the message (e.g. "samples 10").
     */
    public static void checkSplit(int negatives, int positives, double trainRatio, String what) {
        for (int classSize : new int[] {negatives, positives}) {
            int train = Split.trainCount(classSize, trainRatio);
            if (train < 2 || classSize - train < 2) {
                throw new IllegalArgumentException("train-ratio " + trainRatio + " with " + what
                        + " leaves fewer than 2 points of a class on one side (need 2 train and 2 test per class)");
            }
        }
    }

    /** The defaults listed in the class comment. */
    public static Config defaults() {
        return new Config(DEFAULT_SAMPLES, DEFAULT_NOISE, DEFAULT_TRAIN_RATIO, DEFAULT_HIDDEN, DEFAULT_EPOCHS,
                DEFAULT_LR, DEFAULT_ALPHA0, DEFAULT_RHO, DEFAULT_C, 0, DEFAULT_SEED, 1, false, DEFAULT_ACTIVATION);
    }

    /** Number of training points this configuration's split gives. */
    public int trainSize() {
        int negatives = samples / 2;
        return Split.trainCount(negatives, trainRatio) + Split.trainCount(samples - negatives, trainRatio);
    }

    public Config withSamples(int v) {
        return new Config(v, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withNoise(double v) {
        return new Config(samples, v, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withTrainRatio(double v) {
        return new Config(samples, noise, v, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withHidden(int v) {
        return new Config(samples, noise, trainRatio, v, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withEpochs(int v) {
        return new Config(samples, noise, trainRatio, hidden, v, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withLr(double v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, v, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation);
    }

    public Config withLineSearch(double a0, double r, double cc, boolean warm) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, a0, r, cc, batch, seed, seeds, warm,
                activation);
    }

    public Config withBatch(int v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, v, seed, seeds, warmStart,
                activation);
    }

    public Config withSeed(long v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, v, seeds, warmStart,
                activation);
    }

    public Config withSeeds(int v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, v, warmStart,
                activation);
    }

    public Config withActivation(Activation v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                v);
    }

    private static void intIn(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    private static void doubleIn(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }

    private static void positiveFinite(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    private static void openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1), was " + value);
        }
    }
}
