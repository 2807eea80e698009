package dev.moons.training;

import dev.moons.data.Dataset;
import dev.moons.data.Seeds;
import dev.moons.data.Split;
import dev.moons.data.Standardizer;
import dev.moons.model.Activation;
import dev.moons.model.Mlp;
import dev.moons.model.ModelObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The learning problem both methods share: the raw data, its split, the standardization fitted on the
 * training part, the standardized arrays and the network shape.
 */
public final class Problem {
    private final Dataset all;
    private final Split raw;
    private final Standardizer standardizer;
    private final Mlp model;
    private final INDArray xTrain;
    private final INDArray yTrain;
    private final INDArray xTest;
    private final INDArray yTest;
    private final double weightDecay;

    private Problem(Dataset all, Split raw, Standardizer standardizer, Mlp model) {
        this(all, raw, standardizer, model, 0.0);
    }

    private Problem(Dataset all, Split raw, Standardizer standardizer, Mlp model, double weightDecay) {
        this.weightDecay = weightDecay;
        this.all = all;
        this.raw = raw;
        this.standardizer = standardizer;
        this.model = model;
        this.xTrain = standardizer.apply(raw.train()).features();
        this.yTrain = raw.train().targets();
        this.xTest = standardizer.apply(raw.test()).features();
        this.yTest = raw.test().targets();
    }

    /** The config's dataset from the data stream, split by the split stream, for the network of {@code config}. */
    public static Problem generate(Config config, Seeds seeds) {
        Dataset all = config.generate(seeds);
        return of(all, config.trainRatio(), config.hidden(), config.activation(), seeds)
                .withWeightDecay(config.weightDecay());
    }

    /** A problem on given data for a ReLU network; see {@link #of(Dataset, double, int, Activation, Seeds)}. */
    public static Problem of(Dataset all, double trainRatio, int hidden, Seeds seeds) {
        return of(all, trainRatio, hidden, Activation.RELU, seeds);
    }

    /** A problem on given data: stratified split by the split stream, standardization from the train part. */
    public static Problem of(Dataset all, double trainRatio, int hidden, Activation activation, Seeds seeds) {
        Split raw = Split.stratified(all, trainRatio, seeds.splitRandom());
        return new Problem(all, raw, Standardizer.fit(raw.train()), new Mlp(hidden, activation));
    }

    /**
     * A problem on a given split (e.g. restored from a session file): standardization from {@code split.train()},
     * all points = train then test; no random stream is used.
     */
    public static Problem ofSplit(Split split, int hidden, Activation activation) {
        Dataset all = concat(split.train(), split.test());
        return new Problem(all, split, Standardizer.fit(split.train()), new Mlp(hidden, activation));
    }

    private static Dataset concat(Dataset a, Dataset b) {
        double[] x1 = new double[a.size() + b.size()];
        double[] x2 = new double[x1.length];
        int[] labels = new int[x1.length];
        for (int i = 0; i < x1.length; i++) {
            Dataset d = i < a.size() ? a : b;
            int k = i < a.size() ? i : i - a.size();
            x1[i] = d.x1(k);
            x2[i] = d.x2(k);
            labels[i] = d.label(k);
        }
        return new Dataset(x1, x2, labels);
    }

    /** The same data and split for a network of another width (same activation). */
    public Problem withHidden(int hidden) {
        return withModel(hidden, model.activation());
    }

    /** The same data and split for a network of another width and activation. */
    public Problem withModel(int hidden, Activation activation) {
        return new Problem(all, raw, standardizer, new Mlp(hidden, activation), weightDecay);
    }

    /** The same data, split and network trained with weight decay λ (finite, ≥ 0; 0 = none). */
    public Problem withWeightDecay(double lambda) {
        if (!(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException("weight-decay must be finite and >= 0, was " + lambda);
        }
        return lambda == weightDecay ? this : new Problem(all, raw, standardizer, model, lambda);
    }

    /** λ of the L2 penalty on the weights that training adds to the data loss (0 = none). */
    public double weightDecay() {
        return weightDecay;
    }

    /** The loss both methods minimise on x [n,2], y [n,1]: mean BCE plus λ/2·‖w‖² when λ &gt; 0. */
    public ModelObjective trainingObjective(INDArray x, INDArray y) {
        return model.objective(x, y, weightDecay);
    }

    /**
     * The same test set and network with {@code train} as the training set (e.g. after points were added by hand):
     * the standardization is fitted again on {@code train}; every point is {@code train} then the test points.
     */
    public Problem withTraining(Dataset train) {
        return new Problem(train.concat(raw.test()), new Split(train, raw.test()), Standardizer.fit(train), model,
                weightDecay);
    }

    /** Every point, unstandardized. */
    public Dataset all() {
        return all;
    }

    /** Training points, unstandardized (data coordinates, for plotting). */
    public Dataset trainRaw() {
        return raw.train();
    }

    /** Test points, unstandardized. */
    public Dataset testRaw() {
        return raw.test();
    }

    /** Mean and population std of the training set, applied to everything the network sees. */
    public Standardizer standardizer() {
        return standardizer;
    }

    public Mlp model() {
        return model;
    }

    /** [n_train,2] standardized training features. */
    public INDArray xTrain() {
        return xTrain;
    }

    /** [n_train,1] training targets. */
    public INDArray yTrain() {
        return yTrain;
    }

    /** [n_test,2] standardized test features. */
    public INDArray xTest() {
        return xTest;
    }

    /** [n_test,1] test targets. */
    public INDArray yTest() {
        return yTest;
    }

    /** Initial θ [4H+1] drawn from the init stream. */
    public INDArray initialParameters(Seeds seeds) {
        return model.initialParameters(seeds.initRandom());
    }
}
