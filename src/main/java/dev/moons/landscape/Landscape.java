package dev.moons.landscape;

import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss surface on a plane through θ0 with both runs' paths on it and the straight-line profiles between
 * the solutions.
 *
 * @param plane          the plane
 * @param surface        L on the grid
 * @param paths          every kept epoch of both runs, fixed first, each in epoch order
 * @param between        L along θ_fixed(T) → θ_backtracking(T)
 * @param fixedOut       L along θ0 → θ_fixed(T)
 * @param backtrackingOut L along θ0 → θ_backtracking(T)
 */
public record Landscape(Plane plane, Surface surface, List<PathPoint> paths, Profile between, Profile fixedOut,
        Profile backtrackingOut) {

    /** Chooses the plane, projects both paths (with their true losses), then evaluates the grid and profiles. */
    public static Landscape compute(Trajectories runs, ThetaLoss loss, LandscapeSettings settings) {
        return compute(runs, loss, null, settings);
    }

    /** As {@link #compute(Trajectories, ThetaLoss, LandscapeSettings)}, with ∇²L for the hessian plane. */
    public static Landscape compute(Trajectories runs, ThetaLoss loss, ThetaHessian hessian,
            LandscapeSettings settings) {
        Plane plane = Planes.choose(settings.plane(), runs, settings.seed(), hessian);
        List<PathPoint> points = new ArrayList<>();
        List<Plane.Projection> projections = new ArrayList<>();
        for (Method m : Method.DEFAULTS) {
            for (Trajectories.Visit v : runs.path(m)) {
                Plane.Projection p = plane.project(v.theta());
                projections.add(p);
                points.add(new PathPoint(m, v.epoch(), p.a(), p.b(), p.residual(), loss.at(v.theta())));
            }
        }
        double[][] axes = Surface.axesCovering(projections, settings.resolution(), settings.span());
        Surface surface = Surface.compute(plane, axes[0], axes[1], loss);
        double[] fixedEnd = runs.end(Method.FIXED).theta();
        double[] backtrackingEnd = runs.end(Method.BACKTRACKING).theta();
        return new Landscape(plane, surface, List.copyOf(points),
                Profile.along(fixedEnd, backtrackingEnd, Profile.POINTS, loss),
                Profile.along(runs.theta0(), fixedEnd, Profile.POINTS, loss),
                Profile.along(runs.theta0(), backtrackingEnd, Profile.POINTS, loss));
    }

    /** The path of {@code method}'s run. */
    public List<PathPoint> path(Method method) {
        return paths.stream().filter(p -> p.method() == method).toList();
    }

    /** The point of {@code method}'s path at the latest kept epoch ≤ {@code epoch} (its first when none is). */
    public PathPoint at(Method method, int epoch) {
        List<PathPoint> path = path(method);
        PathPoint shown = path.get(0);
        for (PathPoint p : path) {
            if (p.epoch() <= epoch) {
                shown = p;
            }
        }
        return shown;
    }

    /** The lowest and highest loss on the surface, {min, max}. */
    public double[] lossRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : surface.loss()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }
}
