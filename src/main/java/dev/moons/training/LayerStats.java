package dev.moons.training;

import dev.moons.model.Layers;

/**
 * Per-layer health of one epoch of one run: how large the gradient is and how far the epoch moved each layer
 * relative to its size. Layer 1 is (w1, b1), layer 2 is (w2, b2). Computed by a Java loop over the 4H+1 values
 * (cheaper than ND4J reductions on such short vectors: no native calls, no off-heap temporaries).
 *
 * @param epoch        0, 1, 2, … (the epoch of the matching {@link EpochRecord})
 * @param gradW1       ‖∂L/∂w1‖₂ of the gradient this epoch's last step was given (epoch 0: at the initial θ)
 * @param gradB1       ‖∂L/∂b1‖₂, same gradient
 * @param gradW2       ‖∂L/∂w2‖₂
 * @param gradB2       |∂L/∂b2|
 * @param gradLayer1   ‖∂L/∂(w1, b1)‖₂
 * @param gradLayer2   ‖∂L/∂(w2, b2)‖₂
 * @param updateRatio1 log10(‖Δθ_1‖ / ‖θ_1‖) for layer 1, Δθ = θ after the epoch − θ before it (the step actually
 *                     taken; all of an epoch's mini-batch steps together) and ‖θ_1‖ before it; NaN at epoch 0,
 *                     when nothing moved, or when the layer was all zeros. About −3 is the usual healthy value.
 * @param updateRatio2 the same for layer 2
 */
public record LayerStats(int epoch, double gradW1, double gradB1, double gradW2, double gradB2, double gradLayer1,
        double gradLayer2, double updateRatio1, double updateRatio2) {

    /** The stats of an epoch: {@code gradient} [4H+1] as above, θ {@code before} and {@code after} it [4H+1]. */
    public static LayerStats of(int epoch, double[] gradient, double[] before, double[] after) {
        Layers g = Layers.of(gradient);
        Layers from = Layers.of(before);
        Layers step = Layers.of(difference(after, before));
        return new LayerStats(epoch, g.normW1(), g.normB1(), g.normW2(), g.normB2(), g.normLayer1(),
                g.normLayer2(), log10Ratio(step.normLayer1(), from.normLayer1()),
                log10Ratio(step.normLayer2(), from.normLayer2()));
    }

    /** The stats before any step: gradient norms at θ0, update ratios NaN. */
    public static LayerStats initial(double[] gradient) {
        return at(0, gradient);
    }

    /** Gradient norms at {@code epoch} with no known step (update ratios NaN), e.g. a run resumed from a session. */
    public static LayerStats at(int epoch, double[] gradient) {
        Layers g = Layers.of(gradient);
        return new LayerStats(epoch, g.normW1(), g.normB1(), g.normW2(), g.normB2(), g.normLayer1(), g.normLayer2(),
                Double.NaN, Double.NaN);
    }

    /** log10(update / size), NaN when either is 0 or not finite (nothing to show on a log scale). */
    static double log10Ratio(double update, double size) {
        if (!(update > 0) || !(size > 0) || !Double.isFinite(update) || !Double.isFinite(size)) {
            return Double.NaN;
        }
        return Math.log10(update / size);
    }

    private static double[] difference(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("θ after has " + a.length + " entries, θ before " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
