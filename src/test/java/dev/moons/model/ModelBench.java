package dev.moons.model;

import dev.moons.optim.DifferentiableObjective;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Not a test: prints µs per evaluation (n = 700, H = 16) and the manual-vs-SameDiff gradient differences. */
public final class ModelBench {
    private ModelBench() {}

    /** Runs the measurements; optional args: n, H. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        int h = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Mlp mlp = new Mlp(h);
        INDArray x = TestData.points(n, 1);
        INDArray y = TestData.labels(n, 1);
        INDArray theta = mlp.initialParameters(new java.util.Random(1));
        INDArray g = Nd4j.create(DataType.DOUBLE, mlp.parameterCount());
        System.out.println("ND4J threads: " + Nd4jRuntime.THREADS);
        DifferentiableObjective nd4j = mlp.objective(x, y);
        PlainKernel plain = new PlainKernel(h, x, y);
        double[] th = theta.toDoubleVector();
        double[] pg = new double[th.length];
        report("ND4J valueAndGradient", () -> nd4j.valueAndGradient(theta, g));
        report("ND4J value", () -> nd4j.value(theta));
        report("plain lossAndGradient", () -> plain.lossAndGradient(th, pg));
        report("plain loss", () -> plain.loss(th));
        SameDiffGradient sd = new SameDiffGradient(h);
        reportFew("SameDiff gradient", () -> sd.gradient(theta, x, y).getDouble(0));
        for (long seed = 1; seed <= 5; seed++) {
            INDArray t = TestData.theta(8, seed);
            INDArray xs = TestData.points(50, seed);
            INDArray ys = TestData.labels(50, seed);
            System.out.printf("seed %d: max|manual - SameDiff| = %.3e, max|manual - plain| = %.3e%n", seed,
                    SameDiffGradient.maxAbsDiff(new Mlp(8), t, xs, ys),
                    TestData.maxAbsDiff(TestData.manualGradient(new Mlp(8), t, xs, ys),
                            plainGradient(8, t, xs, ys)));
            INDArray[] b = FiniteDifferenceTest.awayFromKinks(t, xs, ys);
            INDArray fd = FiniteDifferenceTest.centralDifferences(new Mlp(8).objective(b[0], b[1]), t);
            INDArray manual = TestData.manualGradient(new Mlp(8), t, b[0], b[1]);
            INDArray auto = new SameDiffGradient(8).gradient(t, b[0], b[1]);
            double scale = manual.amaxNumber().doubleValue();
            System.out.printf("        FD rel err: manual %.3e, SameDiff %.3e (rows kept %d)%n",
                    TestData.maxAbsDiff(fd, manual) / scale, TestData.maxAbsDiff(fd, auto) / scale, b[0].rows());
        }
    }

    /** ∇L from the plain kernel as [p]. */
    private static INDArray plainGradient(int h, INDArray t, INDArray x, INDArray y) {
        double[] out = new double[4 * h + 1];
        new PlainKernel(h, x, y).lossAndGradient(t.toDoubleVector(), out);
        return Nd4j.createFromArray(out);
    }

    /** Like {@link #report} with 20 warm-up calls and 7 batches of 20, for slow calls. */
    private static void reportFew(String label, java.util.function.DoubleSupplier call) {
        time(label, call, 20, 20);
    }

    /** Prints the median µs per call over 7 batches of 2000 after 3000 warm-up calls. */
    private static void report(String label, java.util.function.DoubleSupplier call) {
        time(label, call, 3000, 2000);
    }

    /** Prints the median µs per call over 7 batches of {@code reps} after {@code warmup} calls. */
    private static void time(String label, java.util.function.DoubleSupplier call, int warmup, int reps) {
        double sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += call.getAsDouble();
        }
        double[] perCall = new double[7];
        for (int b = 0; b < perCall.length; b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                sink += call.getAsDouble();
            }
            perCall[b] = (System.nanoTime() - t0) / 1e3 / reps;
        }
        java.util.Arrays.sort(perCall);
        System.out.printf("%-24s median %8.1f µs  (min %.1f, max %.1f)  [%s]%n", label, perCall[3], perCall[0],
                perCall[6], Double.isNaN(sink) ? "nan" : "ok");
    }
}
