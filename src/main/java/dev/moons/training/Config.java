package dev.moons.training;

import dev.moons.data.DataShape;
import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.data.Split;
import dev.moons.model.Activation;

/**
 * Every hyper-parameter of a comparison. Meanings, defaults and valid ranges are the rows of {@link Parameter};
 * the constructor checks each value against its row and throws {@link IllegalArgumentException} with a one-line
 * reason naming it and its range, and checks that the split leaves 2 training and 2 test points in each class.
 *
 * @param samples    {@link Parameter#SAMPLES}
 * @param noise      {@link Parameter#NOISE}
 * @param trainRatio {@link Parameter#TRAIN_RATIO}
 * @param hidden     {@link Parameter#HIDDEN}
 * @param epochs     {@link Parameter#EPOCHS}
 * @param lr         {@link Parameter#LR}
 * @param alpha0     {@link Parameter#ALPHA0}
 * @param rho        {@link Parameter#RHO}
 * @param c          {@link Parameter#C}
 * @param batch      {@link Parameter#BATCH}, at most the training points
 * @param seed       {@link Parameter#SEED}
 * @param seeds      {@link Parameter#SEEDS}
 * @param warmStart  {@link Parameter#WARM_START}
 * @param activation {@link Parameter#ACTIVATION}
 * @param dataset     {@link Parameter#DATASET}
 * @param factor      {@link Parameter#FACTOR} (read by circles only, checked always)
 * @param turns       {@link Parameter#TURNS} (read by spiral only, checked always)
 * @param distance    {@link Parameter#DISTANCE} (read by blobs only, checked always)
 * @param weightDecay {@link Parameter#WEIGHT_DECAY}
 * @param methodSettings the methods compared and their own settings ({@link MethodSettings}); c2 must exceed c
 */
public record Config(int samples, double noise, double trainRatio, int hidden, int epochs, double lr,
        double alpha0, double rho, double c, int batch, long seed, int seeds, boolean warmStart,
        Activation activation, DataShape dataset, double factor, double turns, double distance,
        double weightDecay, MethodSettings methodSettings) {

    public static final int DEFAULT_SAMPLES = Parameter.SAMPLES.defaultInt();
    public static final double DEFAULT_NOISE = Parameter.NOISE.defaultDouble();
    public static final double DEFAULT_TRAIN_RATIO = Parameter.TRAIN_RATIO.defaultDouble();
    public static final int DEFAULT_HIDDEN = Parameter.HIDDEN.defaultInt();
    public static final int DEFAULT_EPOCHS = Parameter.EPOCHS.defaultInt();
    public static final double DEFAULT_LR = Parameter.LR.defaultDouble();
    public static final double DEFAULT_ALPHA0 = Parameter.ALPHA0.defaultDouble();
    public static final double DEFAULT_RHO = Parameter.RHO.defaultDouble();
    public static final double DEFAULT_C = Parameter.C.defaultDouble();
    public static final long DEFAULT_SEED = (Long) Parameter.SEED.defaultValue();
    public static final Activation DEFAULT_ACTIVATION = (Activation) Parameter.ACTIVATION.defaultValue();
    public static final DataShape DEFAULT_DATASET = (DataShape) Parameter.DATASET.defaultValue();
    public static final double DEFAULT_FACTOR = Parameter.FACTOR.defaultDouble();
    public static final double DEFAULT_TURNS = Parameter.TURNS.defaultDouble();
    public static final double DEFAULT_DISTANCE = Parameter.DISTANCE.defaultDouble();

    /** Validates every field against its {@link Parameter} row. */
    public Config {
        Parameter.SAMPLES.check(samples);
        Parameter.NOISE.check(noise);
        Parameter.TRAIN_RATIO.check(trainRatio);
        checkSplit(samples / 2, samples - samples / 2, trainRatio, "samples " + samples);
        Parameter.HIDDEN.check(hidden);
        Parameter.EPOCHS.check(epochs);
        Parameter.LR.check(lr);
        Parameter.ALPHA0.check(alpha0);
        Parameter.RHO.check(rho);
        Parameter.C.check(c);
        int nTrain = Split.trainCount(samples / 2, trainRatio) + Split.trainCount(samples - samples / 2, trainRatio);
        Parameter.BATCH.checkAtMost(batch, nTrain);
        Parameter.SEEDS.check(seeds);
        if (activation == null) {
            throw new IllegalArgumentException(Parameter.ACTIVATION.key() + " must be one of " + Activation.names()
                    + ", was null");
        }
        if (dataset == null) {
            throw new IllegalArgumentException(Parameter.DATASET.key() + " must be one of " + DataShape.names()
                    + ", was null");
        }
        Parameter.FACTOR.check(factor);
        Parameter.TURNS.check(turns);
        Parameter.DISTANCE.check(distance);
        Parameter.WEIGHT_DECAY.check(weightDecay);
        if (methodSettings == null) {
            throw new IllegalArgumentException(Parameter.METHODS.key() + " must be given, was null");
        }
        if (!(methodSettings.c2() > c)) {
            throw new IllegalArgumentException(Parameter.C2.key() + " must be in (c, 1) = (" + c + ", 1), was "
                    + methodSettings.c2());
        }
    }

    /** The default methods (fixed, backtracking); the arguments are those of the canonical constructor. */
    public Config(int samples, double noise, double trainRatio, int hidden, int epochs, double lr, double alpha0,
            double rho, double c, int batch, long seed, int seeds, boolean warmStart, Activation activation,
            DataShape dataset, double factor, double turns, double distance, double weightDecay) {
        this(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, MethodSettings.defaults());
    }

    /** Two moons without weight decay; the arguments are those of the canonical constructor. */
    public Config(int samples, double noise, double trainRatio, int hidden, int epochs, double lr, double alpha0,
            double rho, double c, int batch, long seed, int seeds, boolean warmStart, Activation activation) {
        this(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, DEFAULT_DATASET, DEFAULT_FACTOR, DEFAULT_TURNS, DEFAULT_DISTANCE, 0.0);
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
        if (!splits(negatives, positives, trainRatio)) {
            throw new IllegalArgumentException("train-ratio " + trainRatio + " with " + what
                    + " leaves fewer than 2 points of a class on one side (need 2 train and 2 test per class)");
        }
    }

    /** Whether classes of these sizes each keep at least 2 training and 2 test points at {@code trainRatio}. */
    public static boolean splits(int negatives, int positives, double trainRatio) {
        for (int classSize : new int[] {negatives, positives}) {
            int train = Split.trainCount(classSize, trainRatio);
            if (train < 2 || classSize - train < 2) {
                return false;
            }
        }
        return true;
    }

    /** Every {@link Parameter}'s default. */
    public static Config defaults() {
        return new Config(DEFAULT_SAMPLES, DEFAULT_NOISE, DEFAULT_TRAIN_RATIO, DEFAULT_HIDDEN, DEFAULT_EPOCHS,
                DEFAULT_LR, DEFAULT_ALPHA0, DEFAULT_RHO, DEFAULT_C, Parameter.BATCH.defaultInt(), DEFAULT_SEED,
                Parameter.SEEDS.defaultInt(), (Boolean) Parameter.WARM_START.defaultValue(), DEFAULT_ACTIVATION);
    }

    /** Number of training points this configuration's split gives. */
    public int trainSize() {
        int negatives = samples / 2;
        return Split.trainCount(negatives, trainRatio) + Split.trainCount(samples - negatives, trainRatio);
    }

    public Config withSamples(int v) {
        return new Config(v, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withNoise(double v) {
        return new Config(samples, v, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withTrainRatio(double v) {
        return new Config(samples, noise, v, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withHidden(int v) {
        return new Config(samples, noise, trainRatio, v, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withEpochs(int v) {
        return new Config(samples, noise, trainRatio, hidden, v, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withLr(double v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, v, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withLineSearch(double a0, double r, double cc, boolean warm) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, a0, r, cc, batch, seed, seeds, warm,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withBatch(int v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, v, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withSeed(long v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, v, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withSeeds(int v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, v, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    public Config withActivation(Activation v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                v, dataset, factor, turns, distance, weightDecay, methodSettings);
    }

    /** The same settings on the generated shape {@code shape} with its parameters (each checked by its row). */
    public Config withDataset(DataShape shape, double f, double t, double d) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, shape, f, t, d, weightDecay, methodSettings);
    }

    public Config withWeightDecay(double v) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, v, methodSettings);
    }

    /** The same settings comparing {@code next} (2 to 4 distinct methods, lane order). */
    public Config withMethods(java.util.List<Method> next) {
        return withMethodSettings(methodSettings.withMethods(next));
    }

    /** The same settings with {@code next}'s methods and method settings. */
    public Config withMethodSettings(MethodSettings next) {
        return new Config(samples, noise, trainRatio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warmStart,
                activation, dataset, factor, turns, distance, weightDecay, next);
    }

    /** The methods compared, lane order (left first). */
    public java.util.List<Method> methods() {
        return methodSettings.methods();
    }

    /** {@link Parameter#MOMENTUM}. */
    public double momentum() {
        return methodSettings.momentum();
    }

    /** {@link Parameter#BETA1}. */
    public double beta1() {
        return methodSettings.beta1();
    }

    /** {@link Parameter#BETA2}. */
    public double beta2() {
        return methodSettings.beta2();
    }

    /** {@link Parameter#EPS}. */
    public double eps() {
        return methodSettings.eps();
    }

    /** {@link Parameter#C2}. */
    public double c2() {
        return methodSettings.c2();
    }

    /** {@link Parameter#SLS_C}. */
    public double slsC() {
        return methodSettings.slsC();
    }

    /** {@link Parameter#GAMMA}. */
    public double gamma() {
        return methodSettings.gamma();
    }

    /** {@link Parameter#ETA_MAX}. */
    public double etaMax() {
        return methodSettings.etaMax();
    }

    /** {@link #samples()} points of {@link #dataset()} with {@link #noise()} from {@code seeds}' data stream. */
    public Dataset generate(Seeds seeds) {
        return dataset.generate(samples, noise, factor, turns, distance, seeds.dataRandom());
    }
}
