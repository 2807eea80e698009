package dev.moons.landscape;

import dev.moons.curvature.Spectrum;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The planes through θ0 that {@link PlaneKind} names, each from the runs' trajectories so that it is fair to them;
 * the endpoints plane is spanned by the first two methods' ends (lane order), so with 3 or 4 methods only those two
 * lie in it exactly.
 */
public final class Planes {
    private Planes() {}

    /** The plane of {@code kind} for {@code paths} without a Hessian: {@link PlaneKind#HESSIAN} is refused. */
    public static Plane choose(PlaneKind kind, Trajectories paths, long seed) {
        return choose(kind, paths, seed, null);
    }

    /**
     * The plane of {@code kind} for {@code paths}; {@code seed} draws the random directions, {@code hessian} (null:
     * {@link PlaneKind#HESSIAN} refused with {@link PlaneKind#HESSIAN_MISSING}) gives ∇²L for the hessian plane.
     */
    public static Plane choose(PlaneKind kind, Trajectories paths, long seed, ThetaHessian hessian) {
        double[] theta0 = paths.theta0();
        List<Method> methods = paths.methods();
        return switch (kind) {
            case ENDPOINTS -> endpoints(theta0, paths.end(methods.get(0)).theta(), paths.end(methods.get(1)).theta());
            case PCA -> pca(theta0, displacements(paths));
            case RANDOM -> random(theta0, paths.hidden(), seed);
            case HESSIAN -> {
                if (hessian == null) {
                    throw new UnsupportedOperationException(PlaneKind.HESSIAN_MISSING);
                }
                List<double[][]> hessians = new ArrayList<>();
                for (Method m : methods) {
                    hessians.add(hessian.at(paths.end(m).theta()));
                }
                yield hessian(theta0, hessians);
            }
        };
    }

    /**
     * Spanned by the top two eigenvectors of the mean of the runs' Hessians [p,p] at their latest epoch (the sum
     * times 1/m for m runs): the two directions of highest curvature along all runs, one plane fair to each.
     */
    public static Plane hessian(double[] theta0, List<double[][]> hessians) {
        int p = theta0.length;
        double[][] mean = new double[p][p];
        double weight = 1.0 / hessians.size();
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                for (double[][] h : hessians) {
                    sum += h[i][j];
                }
                mean[i][j] = weight * sum;
            }
        }
        Spectrum spectrum = Spectrum.of(mean);
        return Plane.spannedBy(PlaneKind.HESSIAN, theta0, spectrum.eigenvector(0), spectrum.eigenvector(1));
    }

    /**
     * Spanned by the top two eigenvectors of the mean (H_fixed + H_backtracking)/2 of two runs' Hessians [p,p] at
     * the latest epoch: as {@link #hessian(double[], List)} for two runs.
     */
    public static Plane hessian(double[] theta0, double[][] hFixed, double[][] hBacktracking) {
        return hessian(theta0, List.of(hFixed, hBacktracking));
    }

    /** Spanned by θ_first(T) − θ0 and θ_second(T) − θ0 [p] (fixed, backtracking by default): both ends lie in it. */
    public static Plane endpoints(double[] theta0, double[] fixedEnd, double[] backtrackingEnd) {
        return Plane.spannedBy(PlaneKind.ENDPOINTS, theta0, Vec.minus(fixedEnd, theta0),
                Vec.minus(backtrackingEnd, theta0));
    }

    /**
     * The top two principal directions of the displacements d_k = θ_k − θ0 (rows [m,p]), uncentred so that the
     * plane goes through θ0: the two leading eigenvectors of Σ d_k d_kᵀ [p,p], the plane through θ0 that keeps the
     * least squared residual. Signs are chosen so that the first and last displacements have a ≥ 0 and b ≥ 0.
     */
    public static Plane pca(double[] theta0, List<double[]> displacements) {
        int p = theta0.length;
        double[][] scatter = new double[p][p];
        for (double[] d : displacements) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    scatter[i][j] += d[i] * d[j];
                }
            }
        }
        RealMatrix matrix = MatrixUtils.createRealMatrix(scatter);
        EigenDecomposition eigen = new EigenDecomposition(matrix);
        double[] values = eigen.getRealEigenvalues();
        int first = 0;
        for (int i = 1; i < p; i++) {
            if (values[i] > values[first]) {
                first = i;
            }
        }
        int second = first == 0 ? 1 : 0;
        for (int i = 0; i < p; i++) {
            if (i != first && values[i] > values[second]) {
                second = i;
            }
        }
        double[] u = eigen.getEigenvector(first).toArray();
        double[] v = eigen.getEigenvector(second).toArray();
        if (!displacements.isEmpty()) {
            orient(u, displacements.get(0));
            orient(v, displacements.get(displacements.size() - 1));
        }
        return Plane.spannedBy(PlaneKind.PCA, theta0, u, v);
    }

    /**
     * Two Gaussian directions from {@code seed}, filter-normalised as in Li et al. (2018): for each hidden unit j
     * its weights (w1[0,j], w1[1,j], w2[j]) are scaled to the norm of the same weights in θ0, and the bias
     * directions are zero; then made orthonormal.
     */
    public static Plane random(double[] theta0, int hidden, long seed) {
        Random rng = new Random(seed);
        return Plane.spannedBy(PlaneKind.RANDOM, theta0, filterNormalised(theta0, hidden, rng),
                filterNormalised(theta0, hidden, rng));
    }

    private static double[] filterNormalised(double[] theta0, int h, Random rng) {
        double[] d = new double[theta0.length];
        for (int j = 0; j < h; j++) {
            int[] unit = {j, h + j, 3 * h + j};
            double dn = 0.0;
            double tn = 0.0;
            for (int i : unit) {
                d[i] = rng.nextGaussian();
                dn += d[i] * d[i];
                tn += theta0[i] * theta0[i];
            }
            double s = dn > 0 ? Math.sqrt(tn / dn) : 0.0;
            for (int i : unit) {
                d[i] *= s;
            }
        }
        return d;
    }

    /** Every kept θ(t) − θ0 of every run, in lane order, epoch 0 left out (it is zero). */
    static List<double[]> displacements(Trajectories paths) {
        List<double[]> rows = new ArrayList<>();
        for (List<Trajectories.Visit> path : paths.paths().values()) {
            for (Trajectories.Visit v : path) {
                if (v.epoch() > 0) {
                    rows.add(Vec.minus(v.theta(), paths.theta0()));
                }
            }
        }
        return rows;
    }

    private static void orient(double[] e, double[] toward) {
        if (Vec.dot(e, toward) < 0) {
            for (int i = 0; i < e.length; i++) {
                e[i] = -e[i];
            }
        }
    }
}
