package dev.moons.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarAdd;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMultiplication;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarReverseSubtraction;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * One native ND4J op bound once to its input and output arrays through a reusable {@link OpContext}, so that
 * {@link #run()} costs a few µs and allocates no arrays. The arrays' contents may change between runs; the
 * arrays themselves stay bound until {@link #bindInput} or {@link #bindOutput} replaces one. Not thread-safe.
 */
final class BoundOp {
    private static final NativeOps NATIVE = NativeOpsHolder.getInstance().getDeviceNativeOps();
    private final OpExecutioner executioner = Nd4j.getExecutioner();
    private final CustomOp custom;
    private final long customHash;
    private final Op legacy;
    private final OpContext context;
    private final INDArray[] inputs;
    private final INDArray[] outputs;

    private BoundOp(CustomOp custom, Op legacy, INDArray[] inputs, INDArray[] outputs) {
        this.custom = custom;
        this.customHash = custom == null ? 0 : custom.opHash();
        this.legacy = legacy;
        this.inputs = inputs.clone();
        this.outputs = outputs.clone();
        this.context = executioner.buildContext();
        for (int i = 0; i < inputs.length; i++) {
            context.setInputArray(i, inputs[i]);
        }
        for (int i = 0; i < outputs.length; i++) {
            context.setOutputArray(i, outputs[i]);
        }
    }

    /** The libnd4j custom op {@code name} on the given arrays with integer and floating arguments. */
    static BoundOp custom(String name, INDArray[] in, INDArray[] out, long[] iArgs, double[] tArgs) {
        BoundOp op = new BoundOp(DynamicCustomOp.builder(name).build(), null, in, out);
        if (iArgs.length > 0) {
            op.context.setIArguments(iArgs);
        }
        if (tArgs.length > 0) {
            op.context.setTArguments(tArgs);
        }
        return op;
    }

    /** out = alpha·op(a)·b + beta·out, op(a) = aᵀ when {@code transposeA}: shapes [m,k]·[k,q] → [m,q]. */
    static BoundOp matmul(INDArray a, INDArray b, INDArray out, boolean transposeA, double alpha, double beta) {
        return custom("matmul", new INDArray[] {a, b}, new INDArray[] {out},
                new long[] {transposeA ? 1 : 0, 0, 0}, new double[] {alpha, beta});
    }

    /** out = max(in, 0) elementwise. */
    static BoundOp relu(INDArray in, INDArray out) {
        return custom("relu", new INDArray[] {in}, new INDArray[] {out}, new long[0], new double[] {0.0});
    }

    /** out = f(in) elementwise for the hidden activation f. */
    static BoundOp activation(Activation f, INDArray in, INDArray out) {
        return switch (f) {
            case RELU -> relu(in, out);
            // the legacy scalar op keeps the slope in the data type (the custom "lrelu" rounds it to float)
            case LEAKY_RELU -> scalar(new LeakyReLU(in, out, Activation.LEAKY_SLOPE), in, out);
            case TANH -> custom("tanh", new INDArray[] {in}, new INDArray[] {out}, new long[0], new double[0]);
            case SIGMOID -> sigmoid(in, out);
        };
    }

    /**
     * The ops that write f′ into {@code mask} from the pre-activation {@code pre} and the activation
     * {@code act} = f(pre), run in order: ReLU [pre &gt; 0]; leaky ReLU step + 0.01·(1 − step) = 0.99·step + 0.01;
     * tanh 1 − act²; sigmoid act·(1 − act). All shapes equal; no array is allocated when they run.
     */
    static BoundOp[] derivative(Activation f, INDArray pre, INDArray act, INDArray mask) {
        return switch (f) {
            case RELU -> new BoundOp[] {positive(pre, mask)};
            case LEAKY_RELU -> new BoundOp[] {positive(pre, mask),
                    scalar(new ScalarMultiplication(mask, null, mask, 1.0 - Activation.LEAKY_SLOPE), mask, mask),
                    scalar(new ScalarAdd(mask, null, mask, Activation.LEAKY_SLOPE), mask, mask)};
            case TANH -> new BoundOp[] {multiply(act, act, mask),
                    scalar(new ScalarReverseSubtraction(mask, mask, 1.0), mask, mask)};
            case SIGMOID -> new BoundOp[] {scalar(new ScalarReverseSubtraction(act, mask, 1.0), act, mask),
                    multiply(mask, act, mask)};
        };
    }

    /** A legacy scalar op (in op scalar → out), bound to {@code in} and {@code out}. */
    private static BoundOp scalar(Op op, INDArray in, INDArray out) {
        return new BoundOp(null, op, new INDArray[] {in}, new INDArray[] {out});
    }

    /** out = 1 if in &gt; 0 else 0, elementwise: ReLU′ with ReLU′(0) = 0. */
    static BoundOp positive(INDArray in, INDArray out) {
        return new BoundOp(null, new Step(in, out, 0.0), new INDArray[] {in}, new INDArray[] {out});
    }

    /** out = 1 if in ≥ 0 (−0 included) else 0, elementwise: a step at −{@link Double#MIN_VALUE}. */
    static BoundOp nonNegative(INDArray in, INDArray out) {
        return new BoundOp(null, new Step(in, out, -Double.MIN_VALUE), new INDArray[] {in}, new INDArray[] {out});
    }

    /** out = σ(in) = 1/(1 + exp(−in)) elementwise. */
    static BoundOp sigmoid(INDArray in, INDArray out) {
        return custom("sigmoid", new INDArray[] {in}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = log(1 + exp(in)) elementwise (libnd4j's direct form: +∞ once in &gt; ~709). */
    static BoundOp softplus(INDArray in, INDArray out) {
        return custom("softplus", new INDArray[] {in}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = a − b elementwise (same shapes). */
    static BoundOp subtract(INDArray a, INDArray b, INDArray out) {
        return custom("subtract", new INDArray[] {a, b}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = a + b elementwise, broadcasting size-1 dimensions (e.g. [H,r,1] + [H,1,c] → [H,r,c]). */
    static BoundOp add(INDArray a, INDArray b, INDArray out) {
        return custom("add", new INDArray[] {a, b}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = a ⊙ b elementwise, broadcasting size-1 dimensions (e.g. [n,1] ⊙ [1,H] → [n,H]). */
    static BoundOp multiply(INDArray a, INDArray b, INDArray out) {
        return custom("multiply", new INDArray[] {a, b}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = in, same shape and type. */
    static BoundOp copy(INDArray in, INDArray out) {
        return custom("identity", new INDArray[] {in}, new INDArray[] {out}, new long[0], new double[0]);
    }

    /** out = in converted to out's data type, same shape. */
    static BoundOp cast(INDArray in, INDArray out) {
        BoundOp op = custom("cast", new INDArray[] {in}, new INDArray[] {out},
                new long[] {out.dataType() == DataType.FLOAT ? 5 : 6}, new double[0]);
        op.context.setDArguments(out.dataType());
        return op;
    }

    /** out (scalar) = Σ_i max(z_i,0) − z_i·y_i + log(1 + exp(−|z_i|)): summed BCE of logits z [n,1] vs labels y. */
    static BoundOp summedBce(INDArray logits, INDArray unitWeight, INDArray labels, INDArray out) {
        return custom("sigm_cross_entropy_loss", new INDArray[] {logits, unitWeight, labels},
                new INDArray[] {out}, new long[] {1}, new double[] {0.0});
    }

    /** Replaces input i by {@code array} unless it is already bound (identity). */
    void bindInput(int i, INDArray array) {
        if (inputs[i] != array) {
            inputs[i] = array;
            context.setInputArray(i, array);
        }
    }

    /** Replaces output i by {@code array} unless it is already bound (identity). */
    void bindOutput(int i, INDArray array) {
        if (outputs[i] != array) {
            outputs[i] = array;
            context.setOutputArray(i, array);
        }
    }

    /**
     * Executes the op on the bound arrays. A custom op calls libnd4j's {@code execCustomOp2} on the context straight
     * away (the arrays are in the native context since they were bound), which is what the executioner calls after
     * its profiling and workspace hooks: the same kernel, so the same bits, without their per-call allocation.
     */
    void run() {
        if (custom != null) {
            int status = NATIVE.execCustomOp2(null, customHash, context.contextPointer());
            if (status != 0) {
                throw new IllegalStateException("libnd4j op " + custom.opName() + " failed: "
                        + NATIVE.lastErrorMessage());
            }
        } else {
            executioner.exec(legacy, context);
        }
    }
}
