package dev.moons.optim;

/**
 * An optimizer that steps along −g by a size it picks from trial losses φ(α) = L(θ − α·g) (backtracking,
 * armijo-interp, wolfe, sls): what a view of its search needs to know of it.
 */
public interface LineSearch extends Optimizer {
    /** The largest first trial α of a search (α₀; η_max for sls). */
    double alpha0();

    /** The Armijo sufficient-decrease constant c (c1 for wolfe) of L(θ − α·g) ≤ L(θ) − c·α·‖g‖². */
    double c();
}
