package dev.moons.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Where along α a line search's two tests hold on a sampled φ(α) = L(θ − α·g): sufficient decrease φ(α) ≤
 * φ(0) + c·α·φ′(0) (the Armijo line) and the strong Wolfe curvature test |φ′(α)| ≤ c2·|φ′(0)|, with
 * φ′(α) = ∇L(θ − α·g)·(−g) computed exactly at every sample. Each holds on a union of α-intervals; an interval's
 * ends are the midpoints between a sample where the test holds and its neighbour where it does not.
 *
 * @param c2           the curvature constant in (0, 1) (the wolfe run's own; the default 0.9 for other searches)
 * @param initialSlope φ′(0) = −‖g‖²
 * @param slopes       φ′ at each sample α of the picture (NaN where the loss was not finite)
 * @param armijo       the α-intervals where sufficient decrease holds
 * @param curvature    the α-intervals where the curvature test holds
 * @param strongWolfe  the α-intervals where both hold
 */
public record LineSearchConditions(double c2, double initialSlope, double[] slopes, List<Interval> armijo,
        List<Interval> curvature, List<Interval> strongWolfe) {

    /** One α-interval [from, to]. */
    public record Interval(double from, double to) {
    }

    /**
     * The tests on samples {@code alphas} (ascending from 0) with losses {@code phis} and slopes {@code slopes}
     * (each as long as alphas), for φ(0) = {@code loss}, φ′(0) = {@code initialSlope}, Armijo constant {@code c}
     * and curvature constant {@code c2}.
     */
    public static LineSearchConditions of(double[] alphas, double[] phis, double[] slopes, double loss,
            double initialSlope, double c, double c2) {
        if (phis.length != alphas.length || slopes.length != alphas.length) {
            throw new IllegalArgumentException("alphas, phis and slopes must have one entry each, had "
                    + alphas.length + ", " + phis.length + ", " + slopes.length);
        }
        if (!(c2 > 0 && c2 < 1)) {
            throw new IllegalArgumentException("c2 must be in (0, 1), was " + c2);
        }
        int n = alphas.length;
        boolean[] decrease = new boolean[n];
        boolean[] flat = new boolean[n];
        boolean[] both = new boolean[n];
        for (int i = 0; i < n; i++) {
            decrease[i] = Double.isFinite(phis[i]) && phis[i] <= loss + c * alphas[i] * initialSlope;
            flat[i] = Math.abs(slopes[i]) <= c2 * Math.abs(initialSlope);
            both[i] = decrease[i] && flat[i];
        }
        return new LineSearchConditions(c2, initialSlope, slopes.clone(), intervals(alphas, decrease),
                intervals(alphas, flat), intervals(alphas, both));
    }

    /** The curvature bound c2·|φ′(0)|. */
    public double curvatureBound() {
        return c2 * Math.abs(initialSlope);
    }

    /** The maximal runs of samples where {@code holds}, as α-intervals with ends halfway to the next sample. */
    static List<Interval> intervals(double[] alphas, boolean[] holds) {
        List<Interval> out = new ArrayList<>();
        int n = alphas.length;
        int i = 0;
        while (i < n) {
            if (!holds[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && holds[j + 1]) {
                j++;
            }
            double from = i == 0 ? alphas[0] : 0.5 * (alphas[i - 1] + alphas[i]);
            double to = j == n - 1 ? alphas[n - 1] : 0.5 * (alphas[j] + alphas[j + 1]);
            out.add(new Interval(from, to));
            i = j + 1;
        }
        return List.copyOf(out);
    }
}
