package dev.moons.landscape;

import dev.moons.training.Method;

/**
 * One kept epoch of one run, projected onto the plane.
 *
 * @param method    the run
 * @param epoch     the epoch
 * @param a         the coordinate along e1
 * @param b         the coordinate along e2
 * @param residual  ‖θ − θ0 − a·e1 − b·e2‖, how far θ is from the plane
 * @param trainLoss the true training loss at θ(epoch) (not the surface's value at (a, b))
 */
public record PathPoint(Method method, int epoch, double a, double b, double residual, double trainLoss) {
}
