package dev.moons.training;

import dev.moons.data.DataShape;
import dev.moons.model.Activation;
import dev.moons.optim.Adam;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.Momentum;
import dev.moons.optim.StochasticArmijo;
import dev.moons.optim.StrongWolfeLineSearch;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one table of a comparison's settings: each row's key (the command-line option without its dashes; the
 * JSON key is the same with '_' for '-'), meaning, default and valid range. {@link Config} validates with it, the
 * command line takes its defaults and help from it, and the window takes its controls' ranges, defaults and
 * tooltips from it. A control may offer less than the valid range (a slider needs ends that suit a hand); the
 * row then states that range and why. Values outside the control's range but inside the valid range, e.g. from
 * a settings file, are still shown and trained as they are.
 *
 * <p>The line-search defaults belong to {@link BacktrackingLineSearch}, the other methods' to their strategy classes
 * ({@link Momentum}, {@link Adam}, {@link StrongWolfeLineSearch}, {@link StochasticArmijo}; the optimizer layer sits
 * below this one); their rows refer to them.
 */
public enum Parameter {
    SAMPLES("samples", "number of two-moons points, half on each arc", 1000, Range.whole(8, Limits.MAX_SAMPLES),
            () -> Range.whole(minimumSamples(defaultTrainRatio()), 5000),
            "it starts at the fewest points that pass the split rule (2 train and 2 test points per"
                    + " class) at the default train ratio and stops at 5000 so that the window keeps training live;"
                    + " each epoch and each boundary redraw grow with the points"),
    NOISE("noise", "standard deviation of the Gaussian noise added to each coordinate", 0.2, Range.closed(0, 1),
            () -> Range.closed(0, 0.5),
            "above 0.5 the two moons (radius 1) overlap into one cloud"),
    TRAIN_RATIO("train-ratio", "fraction of each class put in the training set, leaving at least 2 points of each"
            + " class on each side", 0.7, Range.open(0, 1),
            () -> Range.closed(0.5, 0.9),
            "below 0.5 the test set outnumbers the training set; above 0.9 less than a tenth of the"
                    + " points is left to measure the test accuracy on"),
    HIDDEN("hidden", "hidden units H", 16, Range.whole(1, 256)),
    EPOCHS("epochs", "epochs to train both methods", 1000, Range.whole(1, 100_000)),
    LR("lr", "the fixed learning rate of plain gradient descent", 0.01, Range.positive(),
            () -> Range.closed(1e-4, 1000),
            "a log slider needs finite ends; these span seven decades around the default, up to rates"
                    + " at which plain gradient descent diverges"),
    ALPHA0("alpha0", "the first step size each line search tries", BacktrackingLineSearch.DEFAULT_ALPHA0,
            Range.positive()),
    RHO("rho", "the factor the line search shrinks the step by after a failed trial",
            BacktrackingLineSearch.DEFAULT_RHO, Range.open(0, 1)),
    C("c", "the Armijo sufficient-decrease constant",
            BacktrackingLineSearch.DEFAULT_C, Range.open(0, 1)),
    BATCH("batch", "mini-batch size, 0 = full batch", 0, Range.whole(0, Limits.MAX_SAMPLES),
            "0 to n_train, the training points"),
    SEED("seed", "the seed of every random stream (data, split, init, batch)", 42L, null, "any 64-bit integer"),
    SEEDS("seeds", "how many seeds to repeat over (seed, seed+1, ..., seed+k-1)", 1, Range.whole(1, 1000)),
    WARM_START("warm-start", "start each line search at min(alpha0, 2 x the last accepted step)", false, null,
            "on or off"),
    ACTIVATION("activation", "the hidden layer's activation; He init for the ReLU family, Glorot for tanh and"
            + " sigmoid", Activation.RELU, null, Arrays.stream(Activation.values()).map(Activation::cliName)
                    .collect(Collectors.joining(", "))),
    DATASET("dataset", "the generated dataset: moons, circles (factor), xor, spiral (turns) or blobs (distance);"
            + " each has n/2 points of class 0 and the rest of class 1, the same split, standardization and limits",
            DataShape.MOONS, null, DataShape.names()),
    FACTOR("factor", "circles: the inner circle's radius as a fraction of the outer one's (radius 1)", 0.5,
            Range.open(0, 1)),
    TURNS("turns", "spiral: how many times each of the two arms winds around the origin (radius 0.1 to 1)", 1.0,
            Range.closed(0.25, 4)),
    DISTANCE("distance", "blobs: the distance between the two unit-variance Gaussians' centres", 3.0,
            Range.closed(0, 10)),
    WEIGHT_DECAY("weight-decay", "lambda of the L2 penalty lambda/2 * ||w||^2 on the weights w1, w2 (not the"
            + " biases) added to the training loss both methods minimise; 0 = off", 0.0, Range.nonNegative()),
    THREADS("threads", "worker threads for the seeds (compare) or runs (sweep), each with one ND4J thread; not a"
            + " setting of the comparison (results are the same for every count)",
            Runtime.getRuntime().availableProcessors(), Range.whole(1, 256)),
    SHARPNESS_EVERY("sharpness-every", "compute the sharpness (largest Hessian eigenvalue of the training loss)"
            + " every K epochs into history.csv and summary.json, 0 = off; a recording option, not a setting of"
            + " the comparison", 0, Range.whole(0, 100_000), "0 (off) or 1 to epochs"),
    METHODS("methods", "the methods to compare, 2 to 4 distinct names, lane order (left first); the fixed-step ones"
            + " (fixed, momentum, nesterov, adam) step by --lr", "fixed,backtracking", null,
            "2 to 4 of " + MethodNames.TEXT),
    MOMENTUM("momentum", "mu of momentum and nesterov (PyTorch SGD: b <- mu b + g)", MethodDefaults.MOMENTUM,
            new Range(0, false, 1, true, false)),
    BETA1("beta1", "adam's decay of the gradient's running mean m", MethodDefaults.BETA1,
            new Range(0, false, 1, true, false)),
    BETA2("beta2", "adam's decay of the squared gradient's running mean v", MethodDefaults.BETA2,
            new Range(0, false, 1, true, false)),
    EPS("eps", "adam's epsilon added to sqrt(v-hat) in the denominator", MethodDefaults.EPS, Range.positive()),
    C2("c2", "the strong Wolfe curvature constant: |phi'(alpha)| <= c2 |phi'(0)|; between c and 1",
            MethodDefaults.C2, Range.open(0, 1), "(c,1)"),
    SLS_C("sls-c", "the stochastic Armijo line search's sufficient-decrease constant on the current batch",
            MethodDefaults.SLS_C, Range.open(0, 1)),
    GAMMA("gamma", "the stochastic line search's reset: each step starts at min(eta_max, eta gamma^(b/n))",
            MethodDefaults.GAMMA, Range.closed(1, 1000)),
    ETA_MAX("eta-max", "the stochastic line search's largest step", MethodDefaults.ETA_MAX, Range.positive());

    // constants the rows share (an enum's own static fields are not yet set while its rows are built)
    private static final class Limits {
        static final int MAX_SAMPLES = 100_000;
    }

    // the optimizer-layer defaults the method rows refer to (one owner each: the strategy classes)
    private static final class MethodDefaults {
        static final double MOMENTUM = Momentum.DEFAULT_MU;
        static final double BETA1 = Adam.DEFAULT_BETA1;
        static final double BETA2 = Adam.DEFAULT_BETA2;
        static final double EPS = Adam.DEFAULT_EPS;
        static final double C2 = StrongWolfeLineSearch.DEFAULT_C2;
        static final double SLS_C = StochasticArmijo.DEFAULT_C;
        static final double GAMMA = StochasticArmijo.DEFAULT_GAMMA;
        static final double ETA_MAX = StochasticArmijo.DEFAULT_ETA_MAX;
    }

    // the method names for help text, spelled out so that building the rows does not load Method
    private static final class MethodNames {
        static final String TEXT = "fixed, momentum, nesterov, adam, backtracking, armijo-interp, wolfe, sls";
    }

    private final String key;
    private final String meaning;
    private final Object defaultValue;
    private final Range range;
    private final String valuesText;
    private final Supplier<Range> controlRange;
    private final String controlReason;

    Parameter(String key, String meaning, Object defaultValue, Range range) {
        this(key, meaning, defaultValue, range, null, null, null);
    }

    Parameter(String key, String meaning, Object defaultValue, Range range, String valuesText) {
        this(key, meaning, defaultValue, range, valuesText, null, null);
    }

    Parameter(String key, String meaning, Object defaultValue, Range range, Supplier<Range> controlRange,
            String controlReason) {
        this(key, meaning, defaultValue, range, null, controlRange, controlReason);
    }

    Parameter(String key, String meaning, Object defaultValue, Range range, String valuesText,
            Supplier<Range> controlRange, String controlReason) {
        this.key = key;
        this.meaning = meaning;
        this.defaultValue = defaultValue;
        this.range = range;
        this.valuesText = valuesText;
        this.controlRange = controlRange;
        this.controlReason = controlReason;
    }

    /** True for a setting of the comparison (a {@link Config} component); false for how a run is recorded or executed (sharpness-every, threads). */
    public boolean isSetting() {
        return this != SHARPNESS_EVERY && this != THREADS;
    }

    /** Every row that is a {@link Config} component, in table order. */
    public static List<Parameter> settings() {
        return Arrays.stream(values()).filter(Parameter::isSetting).toList();
    }

    /** The command-line option without its dashes ("train-ratio"), also the name in error messages. */
    public String key() {
        return key;
    }

    /** The key in JSON files ("train_ratio"). */
    public String jsonKey() {
        return key.replace('-', '_');
    }

    /** What the setting means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The default as its Java value (Integer, Double, Long, Boolean, Activation or DataShape). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The default of a whole-number setting. */
    public int defaultInt() {
        return ((Number) defaultValue).intValue();
    }

    /** The default of a decimal setting. */
    public double defaultDouble() {
        return ((Number) defaultValue).doubleValue();
    }

    /** The default as the command line writes it: "1000", "0.2", "0.0001", "relu", "false". */
    public String defaultText() {
        if (defaultValue instanceof Activation a) {
            return a.cliName();
        }
        if (defaultValue instanceof DataShape d) {
            return d.cliName();
        }
        if (defaultValue instanceof Double d) {
            return Range.text(d);
        }
        return String.valueOf(defaultValue);
    }

    /** The valid values, or empty for a seed, a switch or a choice (see {@link #valuesText()}). */
    public Optional<Range> range() {
        return Optional.ofNullable(range);
    }

    /** The valid values for help and tooltips: "1 to 256", "(0,1)", "finite &gt; 0", "relu, leaky-relu, …". */
    public String valuesText() {
        return valuesText != null ? valuesText : range.shortText();
    }

    /** The range a window control offers: narrower than {@link #range()} when {@link #controlReason()} says why. */
    public Range controlRange() {
        return controlRange != null ? controlRange.get() : range;
    }

    /** Why the control offers less than the valid range, or empty when it offers all of it. */
    public Optional<String> controlReason() {
        return Optional.ofNullable(controlReason);
    }

    /** Throws "{@code key} must be in [min, max], was v" unless the whole number {@code value} is valid. */
    public void check(int value) {
        check(value, range);
    }

    /** Throws "{@code key} must be … , was v" unless {@code value} is valid. */
    public void check(double value) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(key + " must be " + range.phrase() + ", was " + value);
        }
    }

    /** As {@link #check(int)} with {@code max} as the upper end (a batch size capped by the training points). */
    public void checkAtMost(int value, int max) {
        check(value, range.withMax(max));
    }

    /** The rows that are {@link Config} components (every row but {@link #THREADS}, which changes no result). */
    /** The row whose key is {@code key} ("train-ratio"), if any. */
    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The fewest samples whose two classes both pass the split rule at {@code trainRatio}, or -1 if none does. */
    public static int minimumSamples(double trainRatio) {
        Range valid = SAMPLES.range;
        for (int n = (int) valid.min(); n <= valid.max(); n++) {
            if (Config.splits(n / 2, n - n / 2, trainRatio)) {
                return n;
            }
        }
        return -1;
    }

    // the samples row's control range needs the train-ratio row, declared after it
    private static double defaultTrainRatio() {
        return TRAIN_RATIO.defaultDouble();
    }

    private void check(int value, Range r) {
        if (!r.contains(value)) {
            throw new IllegalArgumentException(key + " must be " + r.phrase() + ", was " + value);
        }
    }
}
