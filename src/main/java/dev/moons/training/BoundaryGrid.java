package dev.moons.training;

import dev.moons.data.Standardizer;
import dev.moons.model.Activation;
import dev.moons.model.HiddenUnitMaps;
import dev.moons.model.Mlp;
import dev.moons.model.ProbabilityMap;
import dev.moons.optim.Vectors;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A width × height lattice over a rectangle of the data plane (unstandardized coordinates), evaluated by
 * the network in one batched float32 forward pass ({@link ProbabilityMap#lattice}, buffers reused; not thread-safe).
 * Pixel (i, j) is column i from the left, row j from the top: its centre is x1 = minX1 + (i + 0.5)·(maxX1 − minX1)/width, x2 = maxX2 − (j + 0.5)·(maxX2 − minX2)/height.
 */
public final class BoundaryGrid {
    /**
     * Largest |θ| the float32 map takes: with standardized pixels |x| ≤ 1e3 and H ≤ 256, hidden values stay below
     * ~1e18 and logits below ~1e36, under float32's 3.4e38.
     */
    public static final double FLOAT_SAFE_THETA = 1e15;

    private final int width;
    private final int height;
    private final double minX1;
    private final double maxX1;
    private final double minX2;
    private final double maxX2;
    private final INDArray points;
    private final double[] pointPairs;
    private final double[] columnX1;
    private final double[] rowX2;
    private ProbabilityMap map;

    /** A grid of {@code width × height} (each 2..1000) over the rectangle, standardized by {@code standardizer}. */
    public BoundaryGrid(int width, int height, double minX1, double maxX1, double minX2, double maxX2,
            Standardizer standardizer) {
        if (width < 2 || width > 1000 || height < 2 || height > 1000) {
            throw new IllegalArgumentException("grid size must be in [2, 1000] each way, was "
                    + width + "x" + height);
        }
        if (!(maxX1 > minX1) || !(maxX2 > minX2)) {
            throw new IllegalArgumentException("grid rectangle must have positive size");
        }
        this.width = width;
        this.height = height;
        this.minX1 = minX1;
        this.maxX1 = maxX1;
        this.minX2 = minX2;
        this.maxX2 = maxX2;
        double[][] xy = new double[width * height][];
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                xy[j * width + i] = new double[] {standardizer.x1(x1At(i)), standardizer.x2(x2At(j))};
            }
        }
        this.points = Nd4j.createFromArray(xy);
        this.pointPairs = points.dup('c').data().asDouble();
        this.columnX1 = new double[width];
        this.rowX2 = new double[height];
        for (int i = 0; i < width; i++) {
            columnX1[i] = standardizer.x1(x1At(i));
        }
        for (int j = 0; j < height; j++) {
            rowX2[j] = standardizer.x2(x2At(j));
        }
    }

    /** The same pixels over the same rectangle, fed to the network through {@code standardizer}. */
    public BoundaryGrid restandardized(Standardizer standardizer) {
        return new BoundaryGrid(width, height, minX1, maxX1, minX2, maxX2, standardizer);
    }

    /** A square grid around {@code problem}'s data with a margin of 0.5 on each side. */
    public static BoundaryGrid around(Problem problem, int size) {
        double[] x1 = problem.all().x1();
        double[] x2 = problem.all().x2();
        double lo1 = min(x1) - 0.5, hi1 = max(x1) + 0.5, lo2 = min(x2) - 0.5, hi2 = max(x2) + 0.5;
        return new BoundaryGrid(size, size, lo1, hi1, lo2, hi2, problem.standardizer());
    }

    /**
     * A square grid of pixels around {@code problem}'s data (margin at least 0.5), its rectangle widened or heightened
     * about the data's centre until width / height equals {@code aspect}, so that it fills a pane of that shape.
     */
    public static BoundaryGrid around(Problem problem, int size, double aspect) {
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("aspect must be positive and finite, was " + aspect);
        }
        double[] x1 = problem.all().x1();
        double[] x2 = problem.all().x2();
        double lo1 = min(x1) - 0.5, hi1 = max(x1) + 0.5, lo2 = min(x2) - 0.5, hi2 = max(x2) + 0.5;
        double w = hi1 - lo1;
        double h = hi2 - lo2;
        if (w / h < aspect) {
            double grow = (h * aspect - w) / 2;
            lo1 -= grow;
            hi1 += grow;
        } else {
            double grow = (w / aspect - h) / 2;
            lo2 -= grow;
            hi2 += grow;
        }
        return new BoundaryGrid(size, size, lo1, hi1, lo2, hi2, problem.standardizer());
    }

    /** Data-plane x1 at the centre of column i. */
    public double x1At(int i) {
        return minX1 + (i + 0.5) * (maxX1 - minX1) / width;
    }

    /** Data-plane x2 at the centre of row j (row 0 at the top). */
    public double x2At(int j) {
        return maxX2 - (j + 0.5) * (maxX2 - minX2) / height;
    }

    /** P(class 1) at every pixel, row-major from the top-left: length width·height (float32 forward). */
    public double[] probabilities(Mlp model, INDArray theta) {
        double[] out = new double[width * height];
        probabilities(model, theta, out);
        return out;
    }

    /**
     * Writes P(class 1) at every pixel into out [width·height], reusing the grid's float32 forward buffers; when
     * some |θ| exceeds {@link #FLOAT_SAFE_THETA} the float32 logits could overflow, so the map is computed in double
     * instead (the point-list path, ~1 ms) — a run on its way to divergence never shows a frozen or blank map.
     */
    public void probabilities(Mlp model, INDArray theta, double[] out) {
        if (exceedsFloatSafety(Vectors.read(theta))) {
            double[] p = model.predict(theta, points).data().asDouble();
            System.arraycopy(p, 0, out, 0, out.length);
            return;
        }
        if (map == null || map.hidden() != model.hidden() || map.activation() != model.activation()) {
            map = ProbabilityMap.lattice(model.hidden(), model.activation(), columnX1, rowX2);
        }
        map.probabilities(theta, out);
    }

    // some |θᵢ| > FLOAT_SAFE_THETA, read in Java (the native amax made a result array per map)
    private static boolean exceedsFloatSafety(double[] theta) {
        for (double v : theta) {
            if (Math.abs(v) > FLOAT_SAFE_THETA) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hidden-unit maps of an H-unit network with activation f on this grid's pixels (the boundary's standardized
     * points, row-major from the top-left): unit j's map is out[j·width·height + pixel]. Each call builds new buffers.
     */
    public HiddenUnitMaps hiddenUnitMaps(int hidden, Activation f) {
        return new HiddenUnitMaps(hidden, f, pointPairs);
    }

    /** The grid's points [width·height, 2] in standardized coordinates, row-major from the top-left. */
    public INDArray points() {
        return points;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double minX1() {
        return minX1;
    }

    public double maxX1() {
        return maxX1;
    }

    public double minX2() {
        return minX2;
    }

    public double maxX2() {
        return maxX2;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
