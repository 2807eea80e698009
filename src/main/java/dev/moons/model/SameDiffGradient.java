package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The network's mean BCE as a SameDiff graph in double, differentiated by SameDiff: an independent check on
 * the hand-written backward pass of {@link BatchLoss}. max(z,0) is written as (z + |z|)/2 so that automatic
 * differentiation gives exactly σ(z) − y even at z = 0; the hidden activation is SameDiff's own (relu, leaky relu,
 * tanh, sigmoid), and ReLU′(0) = 0 like the manual pass.
 */
public final class SameDiffGradient {
    static {
        Nd4jRuntime.ensureConfigured();
    }

    private final int hidden;
    private final Activation activation;
    private final SameDiff sd;
    private final SDVariable loss;

    /** Builds the graph for H ReLU hidden units. */
    public SameDiffGradient(int hidden) {
        this(hidden, Activation.RELU);
    }

    /** Builds the graph for H hidden units with activation f. */
    public SameDiffGradient(int hidden, Activation f) {
        this(hidden, f, 0.0);
    }

    /** Builds the graph for H hidden units with activation f and the L2 penalty λ/2·(Σw1² + Σw2²) added. */
    public SameDiffGradient(int hidden, Activation f, double weightDecay) {
        this.hidden = hidden;
        this.activation = f;
        this.sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.DOUBLE, -1, 2);
        SDVariable y = sd.placeHolder("y", DataType.DOUBLE, -1, 1);
        SDVariable w1 = sd.var("w1", Nd4j.zeros(DataType.DOUBLE, 2, hidden));
        SDVariable b1 = sd.var("b1", Nd4j.zeros(DataType.DOUBLE, 1, hidden));
        SDVariable w2 = sd.var("w2", Nd4j.zeros(DataType.DOUBLE, hidden, 1));
        SDVariable b2 = sd.var("b2", Nd4j.zeros(DataType.DOUBLE, 1, 1));
        SDVariable pre = x.mmul(w1).add(b1);
        SDVariable hiddenAct = switch (f) {
            case RELU -> sd.nn().relu(pre, 0.0);
            case LEAKY_RELU -> sd.nn().leakyRelu(pre, Activation.LEAKY_SLOPE);
            case TANH -> sd.nn().tanh(pre);
            case SIGMOID -> sd.nn().sigmoid(pre);
        };
        SDVariable z = hiddenAct.mmul(w2).add(b2);
        SDVariable absZ = sd.math().abs(z);
        SDVariable positivePart = z.add(absZ).mul(0.5);
        SDVariable softTail = sd.math().log1p(sd.math().exp(absZ.neg()));
        SDVariable perPoint = positivePart.sub(z.mul(y)).add(softTail);
        this.loss = weightDecay == 0 ? sd.mean("loss", perPoint)
                : sd.mean(perPoint).add("loss", w1.mul(w1).sum().add(w2.mul(w2).sum()).mul(weightDecay / 2));
        sd.setLossVariables(loss);
    }

    /** H, the number of hidden units. */
    public int hidden() {
        return hidden;
    }

    /** The hidden activation of the graph. */
    public Activation activation() {
        return activation;
    }

    /** L(θ) evaluated by the graph, for θ [p], x [n,2], y [n,1]. */
    public double loss(INDArray theta, INDArray x, INDArray y) {
        bind(theta);
        INDArray out = sd.outputSingle(placeholders(x, y), "loss");
        return out.getDouble(0);
    }

    /** ∇L(θ) [p] by SameDiff, in the flat θ layout. */
    public INDArray gradient(INDArray theta, INDArray x, INDArray y) {
        bind(theta);
        Map<String, INDArray> g = quietly(() -> sd.calculateGradients(placeholders(x, y), "w1", "b1", "w2", "b2"));
        return Mlp.pack(g.get("w1"), g.get("b1"), g.get("w2"), g.get("b2").getDouble(0));
    }

    /** Runs {@code work} with System.out muted: SameDiff prints a line per differentiated op when it builds the
     *  gradient graph, which would bury the command line's results. */
    private static <T> T quietly(java.util.function.Supplier<T> work) {
        synchronized (System.class) {
            java.io.PrintStream out = System.out;
            System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            try {
                return work.get();
            } finally {
                System.setOut(out);
            }
        }
    }

    /** max |manual − SameDiff| over the p gradient entries of {@code mlp}'s objective at θ on (x, y). */
    public static double maxAbsDiff(Mlp mlp, INDArray theta, INDArray x, INDArray y) {
        DifferentiableObjective objective = mlp.objective(x, y);
        INDArray manual = Nd4j.create(DataType.DOUBLE, objective.dimension());
        objective.valueAndGradient(theta, manual);
        INDArray auto = new SameDiffGradient(mlp.hidden(), mlp.activation()).gradient(theta, x, y);
        return Transforms.abs(manual.sub(auto), false).maxNumber().doubleValue();
    }

    /** Copies θ's w1, b1, w2, b2 into the graph's variables. */
    private void bind(INDArray theta) {
        if (Mlp.hiddenOf(theta) != hidden) {
            throw new IllegalArgumentException("θ is for H = " + Mlp.hiddenOf(theta) + ", graph has H = " + hidden);
        }
        sd.getVariable("w1").getArr().assign(Mlp.w1(theta));
        sd.getVariable("b1").getArr().assign(Mlp.b1(theta).reshape(1, hidden));
        sd.getVariable("w2").getArr().assign(Mlp.w2(theta).reshape(hidden, 1));
        sd.getVariable("b2").getArr().assign(Mlp.b2(theta));
    }

    /** The placeholder map for x [n,2] and y [n,1], both as DOUBLE. */
    private static Map<String, INDArray> placeholders(INDArray x, INDArray y) {
        INDArray yd = Mlp.asDouble(y);
        return Map.of("x", Mlp.asDouble(x), "y", yd.reshape(yd.length(), 1));
    }
}
