package dev.moons.model;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hidden layer's activation f, its derivative and the weight initialization that suits it: He,
 * std √(2/fan_in), for the ReLU family; Glorot, std √(2/(fan_in + fan_out)), for tanh and sigmoid.
 * At the kink, ReLU′(0) = 0 and leaky-ReLU′(0) = {@link #LEAKY_SLOPE}.
 */
public enum Activation {
    RELU("relu", true),
    LEAKY_RELU("leaky-relu", true),
    TANH("tanh", false),
    SIGMOID("sigmoid", false);

    /** The slope of leaky ReLU for negative inputs. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String cliName;
    private final boolean he;

    Activation(String cliName, boolean he) {
        this.cliName = cliName;
        this.he = he;
    }

    /** The name on the command line and in files: relu, leaky-relu, tanh or sigmoid. */
    public String cliName() {
        return cliName;
    }

    /** True for He initialization (ReLU family), false for Glorot (tanh, sigmoid). */
    public boolean usesHe() {
        return he;
    }

    /** The std of a weight matrix with these fans: √(2/fan_in) (He) or √(2/(fan_in + fan_out)) (Glorot). */
    public double initStd(int fanIn, int fanOut) {
        return he ? Math.sqrt(2.0 / fanIn) : Math.sqrt(2.0 / (fanIn + fanOut));
    }

    /** f(v). */
    public double apply(double v) {
        return switch (this) {
            case RELU -> Math.max(v, 0.0);
            case LEAKY_RELU -> v > 0.0 ? v : LEAKY_SLOPE * v;
            case TANH -> Math.tanh(v);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-v));
        };
    }

    /** f′ at pre-activation v whose activation is h = f(v). */
    public double derivative(double v, double h) {
        return switch (this) {
            case RELU -> v > 0.0 ? 1.0 : 0.0;
            case LEAKY_RELU -> v > 0.0 ? 1.0 : LEAKY_SLOPE;
            case TANH -> 1.0 - h * h;
            case SIGMOID -> h * (1.0 - h);
        };
    }

    /** f applied to {@code pre} in place; returns it. */
    public INDArray applyInPlace(INDArray pre) {
        return switch (this) {
            case RELU -> Transforms.relu(pre, false);
            case LEAKY_RELU -> Transforms.leakyRelu(pre, LEAKY_SLOPE, false);
            case TANH -> Transforms.tanh(pre, false);
            case SIGMOID -> Transforms.sigmoid(pre, false);
        };
    }

    /** The activation named {@code name} (case-insensitive), or an exception listing the valid names. */
    public static Activation fromName(String name) {
        for (Activation a : values()) {
            if (a.cliName.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation must be one of " + names() + ", was " + name);
    }

    /** "relu, leaky-relu, tanh, sigmoid". */
    public static String names() {
        return Arrays.stream(values()).map(Activation::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
