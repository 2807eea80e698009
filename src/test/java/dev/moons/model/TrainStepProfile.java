package dev.moons.model;

import dev.moons.data.Dataset;
import dev.moons.data.Moons;
import dev.moons.data.Standardizer;
import dev.moons.optim.BoundReduction;
import dev.moons.optim.FixedStep;
import dev.moons.optim.Vectors;
import dev.moons.training.LayerStats;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.blas.Level1;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Not a test: the per-op profile of one full-batch train step, {@link BatchLoss#valueAndGradient}, on two-moons
 * training points (N 1000, noise 0.2, seed 42, standardized), H 16, float64, ReLU. Every op is the production
 * {@link BoundOp} itself, read once from the loss's fields, run alone on its bound buffers in the order
 * valueAndGradient runs them ({@link #ops}; {@code TrainStepProfileTest} checks that running them gives
 * valueAndGradient's loss and gradient bits). Thread CPU time, one ND4J thread; rounds interleave all timed items,
 * each round one batch of {@link #CALLS} calls per item (after one valueAndGradient to restore the buffers), and
 * the table gives the median and the minimum over the rounds. Also: the whole call, value, the per-epoch work of
 * {@code TrainingRun} outside the kernel, a 1000×1000 dgemm for the core's FLOP rate, and two plain-Java
 * prototypes (the fused elementwise chain, a whole fused step) for what fusing would save.
 * Run: {@code bench/profile.sh} (or {@code java -cp … -Dmoons.nd4j.threads=1 dev.moons.model.TrainStepProfile
 * [rounds]}).
 */
public final class TrainStepProfile {
    /** Calls per timed batch. */
    static final int CALLS = 200;

    /** One op of the step as production runs it: a label, its shape, its FLOPs and the call. */
    record Op(String name, String shape, long flops, Runnable run) {}

    private final BatchLoss loss;
    private final int n;
    private final List<Op> ops = new ArrayList<>();
    private double asum;

    /** Reads the bound ops of {@code loss} (0/1 labels: the softplus + asum path of the loss) in production order. */
    TrainStepProfile(BatchLoss loss) {
        this.loss = loss;
        this.n = (int) get(loss, "n");
        int h = (int) get(loss, "hidden");
        if (!(boolean) get(loss, "binaryLabels")) {
            throw new IllegalArgumentException("the profile follows the 0/1-label path of the loss");
        }
        ops.add(new Op("copy θ into the bound buffer", "[" + (4 * h + 1) + "]", 0, op(loss, "copyTheta")));
        for (Object block : (Object[]) get(loss, "blocks")) {
            BoundOp layer1 = (BoundOp) get(block, "hiddenPre");
            int r = (int) ((INDArray[]) get(loss, "xOnes"))[index(loss, block)].rows();
            long rh = (long) r * h;
            ops.add(new Op("layer 1: xOne · layer1", shape("[%d,3]·[3,%d]", r, h), 2 * 3 * rh, layer1::run));
            ops.add(new Op("activation (ReLU)", shape("[%d,%d]", r, h), rh, op(block, "hiddenActivation")));
            ops.add(new Op("layer 2: hiddenOne · layer2 (gemv)", shape("[%d,%d]·[%d]", r, h + 1, h + 1),
                    2L * r * (h + 1), op(block, "outputLogits")));
            ops.add(new Op("σ(z) (exp, add, divide)", shape("[%d]", r), 3L * r, op(block, "probability")));
            ops.add(new Op("d = σ(z) − y", shape("[%d]", r), r, op(block, "residual")));
            ops.add(new Op("layer-2 gradient hiddenOneᵀ·d/n", shape("[%d,%d]ᵀ·[%d]", r, h + 1, r),
                    2L * r * (h + 1), op(block, "layer2Gradient")));
            ops.add(new Op("d ⊙ w2ᵀ (broadcast)", shape("[%d,1]⊙[1,%d]", r, h), rh, op(block, "hiddenBackprop")));
            for (BoundOp derivative : (BoundOp[]) get(block, "activationDerivative")) {
                ops.add(new Op("f′(pre) = [pre > 0] (Step)", shape("[%d,%d]", r, h), rh, derivative::run));
            }
            ops.add(new Op("⊙ mask", shape("[%d,%d]", r, h), rh, op(block, "maskedBackprop")));
            ops.add(new Op("layer-1 gradient xOneᵀ·dhidden/n", shape("[%d,3]ᵀ·[%d,%d]", r, r, h), 2 * 3 * rh,
                    op(block, "layer1Gradient")));
        }
        ops.add(new Op("−s ⊙ z", shape("[%d]", n), n, op(loss, "flipLogits")));
        ops.add(new Op("softplus (exp, add, log)", shape("[%d]", n), 3L * n, op(loss, "softplusOfFlipped")));
        Level1 level1 = (Level1) get(loss, "level1");
        INDArray softplus = (INDArray) get(loss, "softplus");
        ops.add(new Op("asum (BLAS)", shape("[%d]", n), n, () -> asum = level1.asum(softplus)));
        ops.add(new Op("copy gradient out", "[" + (4 * h + 1) + "]", 0, op(loss, "copyGradient")));
    }

    /** The ops of one valueAndGradient call, in its order; they act on the θ and gradient arrays it last bound. */
    List<Op> ops() {
        return List.copyOf(ops);
    }

    /** Runs {@link #ops} once in order and returns the loss they computed (the last asum / n). */
    double runOps() {
        for (Op op : ops) {
            op.run.run();
        }
        if (!(asum < Double.POSITIVE_INFINITY)) {
            throw new IllegalStateException("the softplus sum overflowed: valueAndGradient takes its stable path");
        }
        return asum / n;
    }

    /** One timed item of the report: a label, a shape, FLOPs (0 if not counted) and the call. */
    private record Item(String group, Op op) {}

    public static void main(String[] args) {
        Nd4jRuntime.ensureConfigured();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        int h = 16;
        Dataset train = Moons.generate(1000, 0.2, new Random(42));
        Standardizer standardizer = Standardizer.fit(train);
        Dataset trainStd = standardizer.apply(train);
        Dataset testStd = standardizer.apply(Moons.generate(300, 0.2, new Random(43)));
        Mlp mlp = new Mlp(h, Activation.RELU);
        BatchLoss loss = new BatchLoss(h, Activation.RELU, trainStd.features(), trainStd.targets());
        BatchLoss testLoss = new BatchLoss(h, Activation.RELU, testStd.features(), testStd.targets());
        INDArray theta = mlp.initialParameters(new Random(42));
        INDArray gradient = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        double lossValue = loss.valueAndGradient(theta, gradient);
        TrainStepProfile profile = new TrainStepProfile(loss);
        String load = loadAverage();

        List<Item> items = new ArrayList<>();
        for (Op op : profile.ops) {
            items.add(new Item("op", op));
        }
        items.add(new Item("whole", new Op("valueAndGradient", "N 1000", 0,
                () -> loss.valueAndGradient(theta, gradient))));
        items.add(new Item("whole", new Op("value", "N 1000", 0, () -> loss.value(theta))));
        items.add(new Item("whole", new Op("valueGradientAndAccuracy (the epoch's train report)", "N 1000", 0,
                () -> loss.valueGradientAndAccuracy(theta, gradient))));
        items.add(new Item("whole", new Op("evaluate on the test set", "N 300", 0, () -> testLoss.evaluate(theta))));
        extras(items, theta, gradient);
        BoundOp floor = BoundOp.copy(Nd4j.create(DataType.DOUBLE, 1).assign(1.0), Nd4j.create(DataType.DOUBLE, 1));
        items.add(new Item("floor", new Op("dispatch floor: bound identity of 1 double", "[1]", 0, floor::run)));
        FusedPrototype proto = new FusedPrototype(trainStd, theta.toDoubleVector(), h, loss);
        items.add(new Item("proto", new Op("plain Java: ReLU pass", shape("[%d,%d]", 1000, h), 0, proto::relu)));
        items.add(new Item("proto", new Op("plain Java: −s⊙z, softplus, σ, σ − y in one pass (+ sum)",
                shape("[%d]", 1000), 0, proto::lossAndResidual)));
        items.add(new Item("proto", new Op("plain Java: d ⊙ w2ᵀ ⊙ [pre > 0] in one pass", shape("[%d,%d]", 1000, h),
                0, proto::hiddenBackprop)));
        items.add(new Item("proto", new Op("plain Java: the same with one exp and one log per point",
                shape("[%d]", 1000), 0, proto::lossAndResidualOneExp)));
        items.add(new Item("proto", new Op("plain Java: layer-1 gradient xOneᵀ·dhidden (3 dots per unit)",
                shape("[%d,3]ᵀ·[%d,%d]", 1000, 1000, h), 0, proto::layer1Gradient)));
        items.add(new Item("proto", new Op("plain Java fused step, part 1: forward (layer 1, ReLU, layer 2)",
                "N 1000", 0, proto::forward)));
        items.add(new Item("proto", new Op("plain Java fused step, part 2: backward (layer-2 grad, mask, layer-1 grad)",
                "N 1000", 0, proto::backward)));
        items.add(new Item("proto", new Op("plain Java: the whole step fused (forward, one-exp loss pass, backward)",
                "N 1000", 0, proto::step)));
        items.add(new Item("proto", new Op("PlainKernel.lossAndGradient (row loop, the oracle)", "N 1000", 0,
                proto::plainKernel)));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[][] perCall = new double[items.size()][rounds];
        for (int round = -3; round < rounds; round++) {
            for (int k = 0; k < items.size(); k++) {
                loss.valueAndGradient(theta, gradient);
                Runnable run = items.get(k).op.run;
                long t0 = cpu.getCurrentThreadCpuTime();
                for (int c = 0; c < CALLS; c++) {
                    run.run();
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                if (round >= 0) {
                    perCall[k][round] = (t1 - t0) / 1e3 / CALLS;
                }
            }
        }
        loss.valueAndGradient(theta, gradient);
        double gflops = dgemmRate(cpu);
        report(items, perCall, profile, lossValue, proto, gflops, load, loadAverage(), rounds);
    }

    // TrainingRun's per-epoch work outside the kernel (full batch, fixed lr 0.01), each on scratch copies
    private static void extras(List<Item> items, INDArray theta, INDArray gradient) {
        INDArray th = theta.dup();
        INDArray g = gradient.dup();
        INDArray ahead = gradient.dup();
        INDArray stepStart = theta.dup();
        BoundReduction norm2 = BoundReduction.norm2();
        BoundReduction maxAbs = BoundReduction.maxAbs();
        FixedStep fixed = new FixedStep(0.01);
        Level1 level1 = Nd4j.getBlasWrapper().level1();
        double[] before = Vectors.read(th);
        int p = (int) th.length();
        String shape = "[" + p + "]";
        items.add(new Item("extra", new Op("‖g‖ (BoundReduction norm2)", shape, 0, () -> norm2.of(g))));
        items.add(new Item("extra", new Op("max|θ| (BoundReduction amax, divergence check)", shape, 0,
                () -> maxAbs.of(th))));
        items.add(new Item("extra", new Op("axpy θ ← θ − lr·g (BLAS)", shape, 0,
                () -> level1.axpy(p, -0.01, g, th))));
        items.add(new Item("extra", new Op("FixedStep.step (norm2 + axpy + result)", shape, 0,
                () -> fixed.step(th, g, 0.5, null))));
        items.add(new Item("extra", new Op("Vectors.copy θ → stepStart", shape, 0,
                () -> Vectors.copy(th, stepStart))));
        items.add(new Item("extra", new Op("Vectors.read θ (before the step)", shape, 0, () -> Vectors.read(th))));
        items.add(new Item("extra", new Op("LayerStats.of (incl. reading g and θ)", shape, 0,
                () -> LayerStats.of(1, Vectors.read(g), before, Vectors.read(th)))));
        items.add(new Item("extra", new Op("Vectors.copy look-ahead g → g", shape, 0, () -> Vectors.copy(ahead, g))));
    }

    // the best of 7 products [1000,1000]·[1000,1000] through the bound matmul (OpenBLAS dgemm), GFLOP/s
    private static double dgemmRate(ThreadMXBean cpu) {
        INDArray a = Nd4j.rand(DataType.DOUBLE, 1000, 1000);
        INDArray b = Nd4j.rand(DataType.DOUBLE, 1000, 1000);
        INDArray c = Nd4j.create(DataType.DOUBLE, 1000, 1000);
        BoundOp gemm = BoundOp.matmul(a, b, c, false, 1.0, 0.0);
        gemm.run();
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 7; k++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            gemm.run();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
        }
        return 2e9 / best;
    }

    private static void report(List<Item> items, double[][] perCall, TrainStepProfile profile, double lossValue,
            FusedPrototype proto, double gflops, String loadBefore, String loadAfter, int rounds) {
        double whole = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).op.name.equals("valueAndGradient")) {
                whole = median(perCall[k]);
            }
        }
        System.out.printf("Per-op profile of one train step: two moons N 1000 (noise 0.2, seed 42, standardized), "
                + "H 16, float64, ReLU, ND4J threads %d; thread CPU µs per call, median and min of %d rounds of "
                + "%d calls; load average %s → %s%n%n", Nd4jRuntime.THREADS, rounds, CALLS, loadBefore, loadAfter);
        System.out.println("| op | shape | FLOP | µs median | µs min | share of the whole |");
        System.out.println("|---|---|---|---|---|---|");
        double sumMedian = 0;
        double sumMin = 0;
        long flops = 0;
        String group = "op";
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            if (!item.group.equals(group)) {
                if (group.equals("op")) {
                    System.out.printf("| **sum of the ops** | | **%,d** | **%.1f** | **%.1f** | **%.0f %%** |%n", flops,
                            sumMedian, sumMin, 100 * sumMedian / whole);
                }
                group = item.group;
            }
            double med = median(perCall[k]);
            double min = Arrays.stream(perCall[k]).min().orElse(Double.NaN);
            if (item.group.equals("op")) {
                sumMedian += med;
                sumMin += min;
                flops += item.op.flops;
            }
            String bold = item.group.equals("whole") && item.op.name.equals("valueAndGradient") ? "**" : "";
            System.out.printf("| %s%s%s | %s | %s | %s%.1f%s | %.1f | %.0f %% |%n", bold, item.op.name, bold,
                    item.op.shape, item.op.flops == 0 ? "" : String.format("%,d", item.op.flops), bold, med, bold,
                    min, 100 * med / whole);
        }
        double limit = flops / (gflops * 1e3);
        System.out.printf("%nFLOP of one step: %,d (matmuls 2·m·n·k, elementwise 1 per element, exp/log 1 each)%n",
                flops);
        System.out.printf("dgemm [1000,1000]·[1000,1000], one thread, best of 7: %.1f GFLOP/s%n", gflops);
        System.out.printf("limit = FLOP / rate = %.2f µs; valueAndGradient %.1f µs (median) = %.0f× the limit; "
                + "sum of the ops %.1f µs = %.0f %% of the whole%n", limit, whole, whole / limit, sumMedian,
                100 * sumMedian / whole);
        System.out.printf("loss %.17g; prototype loss %.17g (rel. diff %.1e), prototype max|Δg| %.1e%n", lossValue,
                proto.lossValue, Math.abs(proto.lossValue - lossValue) / lossValue, proto.maxGradientDiff);
    }

    /**
     * Plain-Java prototypes on Java arrays (column-major [H][n] like the ND4J buffers): the elementwise chain of the
     * step in three fused passes, and the whole step fused; for a rough bound on what fusing would save, not
     * production code (its exp/log are Java's, so not libnd4j's bits).
     */
    static final class FusedPrototype {
        private final int n;
        private final int h;
        private final double[] x0;
        private final double[] x1;
        private final double[] y;
        private final double[] s;
        private final double[] theta;
        private final double[] pre;
        private final double[] act;
        private final double[] z;
        private final double[] d;
        private final double[] dhidden;
        private final double[] gradient;
        private final PlainKernel plain;
        private final double[] plainGradient;
        double lossValue;
        double maxGradientDiff;
        private double sum;

        FusedPrototype(Dataset data, double[] theta, int h, BatchLoss reference) {
            this.n = data.size();
            this.h = h;
            this.x0 = data.x1();
            this.x1 = data.x2();
            this.y = new double[n];
            this.s = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = data.label(i);
                s[i] = 2 * y[i] - 1;
            }
            this.theta = theta.clone();
            this.pre = new double[h * n];
            this.act = new double[h * n];
            this.z = new double[n];
            this.d = new double[n];
            this.dhidden = new double[h * n];
            this.gradient = new double[4 * h + 1];
            this.plain = new PlainKernel(h, data.features(), data.targets());
            this.plainGradient = new double[4 * h + 1];
            forward();
            lossAndResidual();
            double threeExp = sum / n;
            step();
            hiddenBackprop();
            INDArray g = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
            double expected = reference.valueAndGradient(Nd4j.createFromArray(theta), g);
            double[] eg = g.toDoubleVector();
            for (int k = 0; k < eg.length; k++) {
                maxGradientDiff = Math.max(maxGradientDiff, Math.abs(eg[k] - gradient[k]));
            }
            if (Math.abs(lossValue - expected) > 1e-12 * expected || Math.abs(threeExp - expected) > 1e-12 * expected
                    || maxGradientDiff > 1e-12) {
                throw new IllegalStateException("the prototype does not compute the loss: " + lossValue + " vs "
                        + expected + ", max|Δg| " + maxGradientDiff);
            }
        }

        /** act = max(pre, 0) over [H,n]. */
        void relu() {
            for (int k = 0; k < pre.length; k++) {
                act[k] = Math.max(pre[k], 0.0);
            }
        }

        /** Σ log(1 + exp(−s⊙z)) and d = σ(z) − y over [n], one pass. */
        void lossAndResidual() {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += Math.log(1.0 + Math.exp(-s[i] * z[i]));
                d[i] = 1.0 / (1.0 + Math.exp(-z[i])) - y[i];
            }
            sum = total;
        }

        /** dhidden = (d·w2ᵀ) ⊙ [pre &gt; 0] over [H,n], one pass. */
        void hiddenBackprop() {
            for (int j = 0; j < h; j++) {
                double w = theta[3 * h + j];
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    dhidden[base + i] = pre[base + i] > 0.0 ? d[i] * w : 0.0;
                }
            }
        }

        /** Σ of the same loss terms as log(1 + e) + (1 − y)·z and d = 1/(1 + e) − y with one e = exp(−z) per point. */
        void lossAndResidualOneExp() {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double e = Math.exp(-z[i]);
                total += Math.log(1.0 + e) + (1.0 - y[i]) * z[i];
                d[i] = 1.0 / (1.0 + e) - y[i];
            }
            sum = total;
        }

        /** pre = xOne·layer1 [H,n], z = max(pre, 0)·w2 + b2 [n], column by column. */
        void forward() {
            double b2 = theta[4 * h];
            Arrays.fill(z, b2);
            for (int j = 0; j < h; j++) {
                double a = theta[j];
                double b = theta[h + j];
                double c = theta[2 * h + j];
                double w = theta[3 * h + j];
                int base = j * n;
                for (int i = 0; i < n; i++) {
                    double p = x0[i] * a + x1[i] * b + c;
                    pre[base + i] = p;
                    z[i] += Math.max(p, 0.0) * w;
                }
            }
        }

        /** From pre and d: the layer-2 gradient, dpre = d·w2ᵀ ⊙ [pre &gt; 0] and the layer-1 gradient, one pass per unit. */
        void backward() {
            double scale = 1.0 / n;
            double db2 = 0;
            for (int i = 0; i < n; i++) {
                db2 += d[i];
            }
            gradient[4 * h] = db2 * scale;
            for (int j = 0; j < h; j++) {
                double w = theta[3 * h + j];
                int base = j * n;
                double gw2 = 0;
                double g0 = 0;
                double g1 = 0;
                double gb = 0;
                for (int i = 0; i < n; i++) {
                    double p = pre[base + i];
                    gw2 += Math.max(p, 0.0) * d[i];
                    double dp = p > 0.0 ? d[i] * w : 0.0;
                    g0 += x0[i] * dp;
                    g1 += x1[i] * dp;
                    gb += dp;
                }
                gradient[j] = g0 * scale;
                gradient[h + j] = g1 * scale;
                gradient[2 * h + j] = gb * scale;
                gradient[3 * h + j] = gw2 * scale;
            }
        }

        /** The layer-1 gradient alone from dhidden [H,n]: three dot products per unit (the K = 3 product). */
        void layer1Gradient() {
            for (int j = 0; j < h; j++) {
                int base = j * n;
                double g0 = 0;
                double g1 = 0;
                double gb = 0;
                for (int i = 0; i < n; i++) {
                    double dp = dhidden[base + i];
                    g0 += x0[i] * dp;
                    g1 += x1[i] * dp;
                    gb += dp;
                }
                gradient[j] = g0;
                gradient[h + j] = g1;
                gradient[2 * h + j] = gb;
            }
        }

        /** The whole step: forward, the one-exp loss pass, backward; the loss into {@link #lossValue}. */
        void step() {
            forward();
            lossAndResidualOneExp();
            backward();
            lossValue = sum / n;
        }

        /** PlainKernel's row-by-row loss and gradient (log1p form, per-row activation switch). */
        void plainKernel() {
            plain.lossAndGradient(theta, plainGradient);
        }
    }

    private static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String shape(String format, Object... args) {
        return String.format(format, args);
    }

    private static int index(BatchLoss loss, Object block) {
        Object[] blocks = (Object[]) get(loss, "blocks");
        for (int b = 0; b < blocks.length; b++) {
            if (blocks[b] == block) {
                return b;
            }
        }
        throw new IllegalArgumentException("not a block of this loss");
    }

    private static Runnable op(Object owner, String field) {
        BoundOp op = (BoundOp) get(owner, field);
        return op::run;
    }

    // a private field of BatchLoss or its Block, read once when the profile is built (never while timing)
    private static Object get(Object owner, String name) {
        try {
            Field f = owner.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("BatchLoss has no field " + name + ": update TrainStepProfile", e);
        }
    }
}
