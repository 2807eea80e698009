package dev.moons.model;

import dev.moons.optim.BoundReduction;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One op of a train step (N = 1000, H = 16, float64), µs per call, two dispatches side by side in one fork:
 * {@code direct} = {@link BoundOp#run} (libnd4j's execCustomOp2 on the bound context), {@code executioner} = the same
 * op and context through {@code Nd4j.getExecutioner().exec(op, context)} (the path before); and ‖g‖ of g [65]:
 * {@code norm2Bound} ({@link BoundReduction}) against {@code norm2Usual} ({@code g.norm2Number()}). In the test
 * sources (package of BoundOp) so nothing of it ships; run by bench/run.sh DispatchBench.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DispatchBench {
    /** The op: layer 1 [1000,3]·[3,16], ReLU [1000,16], softplus [1000], broadcast [1000,1] ⊙ [1,16]. */
    @Param({"matmul", "relu", "softplus", "multiply"})
    public String op;

    private final OpExecutioner executioner = Nd4j.getExecutioner();
    private BoundOp bound;
    private CustomOp custom;
    private OpContext context;
    private INDArray g;
    private final BoundReduction norm2 = BoundReduction.norm2();

    @Setup
    public void setUp() {
        Nd4jRuntime.ensureConfigured();
        INDArray x = random(1000, 3);
        INDArray w = random(3, 16);
        INDArray pre = random(1000, 16);
        INDArray col = random(1000, 1);
        INDArray row = random(1, 16);
        INDArray z = random(1000, 1).reshape(1000);
        INDArray out = Nd4j.create(DataType.DOUBLE, 1000, 16);
        INDArray outZ = Nd4j.create(DataType.DOUBLE, 1000);
        INDArray[] in;
        INDArray[] outs;
        long[] iArgs = new long[0];
        double[] tArgs = new double[0];
        switch (op) {
            case "matmul" -> {
                in = new INDArray[] {x, w};
                outs = new INDArray[] {out};
                iArgs = new long[] {0, 0, 0};
                tArgs = new double[] {1.0, 0.0};
            }
            case "relu" -> {
                in = new INDArray[] {pre};
                outs = new INDArray[] {out};
                tArgs = new double[] {0.0};
            }
            case "softplus" -> {
                in = new INDArray[] {z};
                outs = new INDArray[] {outZ};
            }
            case "multiply" -> {
                in = new INDArray[] {col, row};
                outs = new INDArray[] {out};
            }
            default -> throw new IllegalArgumentException(op);
        }
        bound = BoundOp.custom(op, in, outs, iArgs, tArgs);
        custom = DynamicCustomOp.builder(op).build();
        context = executioner.buildContext();
        for (int i = 0; i < in.length; i++) {
            context.setInputArray(i, in[i]);
        }
        context.setOutputArray(0, outs[0]);
        if (iArgs.length > 0) {
            context.setIArguments(iArgs);
        }
        if (tArgs.length > 0) {
            context.setTArguments(tArgs);
        }
        g = random(65, 1).reshape(65);
    }

    @Benchmark
    public void direct() {
        bound.run();
    }

    @Benchmark
    public Object executioner() {
        return executioner.exec(custom, context);
    }

    @Benchmark
    public double norm2Bound() {
        return norm2.of(g);
    }

    @Benchmark
    public double norm2Usual() {
        return g.norm2Number().doubleValue();
    }

    private static INDArray random(int rows, int cols) {
        Random r = new Random(rows * 31L + cols);
        double[][] v = new double[rows][cols];
        for (double[] row : v) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return Nd4j.createFromArray(v);
    }
}
