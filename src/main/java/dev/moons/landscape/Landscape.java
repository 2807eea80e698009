package dev.moons.landscape;

import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss surface on a plane through θ0 with every run's path on it and the straight-line profiles: between the
 * first two methods' solutions (fixed and backtracking by default) and from θ0 to each solution.
 *
 * @param plane   the plane
 * @param surface L on the grid
 * @param paths   every kept epoch of every run, in lane order, each in epoch order
 * @param between L along θ_first(T) → θ_second(T), the first two methods in lane order
 * @param out     per method in lane order, L along θ0 → θ_method(T)
 */
public record Landscape(Plane plane, Surface surface, List<PathPoint> paths, Profile between,
        Map<Method, Profile> out) {

    /** Chooses the plane, projects every path (with their true losses), then evaluates the grid and profiles. */
    public static Landscape compute(Trajectories runs, ThetaLoss loss, LandscapeSettings settings) {
        return compute(runs, loss, null, settings);
    }

    /** As {@link #compute(Trajectories, ThetaLoss, LandscapeSettings)}, with ∇²L for the hessian plane. */
    public static Landscape compute(Trajectories runs, ThetaLoss loss, ThetaHessian hessian,
            LandscapeSettings settings) {
        Plane plane = Planes.choose(settings.plane(), runs, settings.seed(), hessian);
        List<Method> methods = runs.methods();
        List<PathPoint> points = new ArrayList<>();
        List<Plane.Projection> projections = new ArrayList<>();
        for (Method m : methods) {
            for (Trajectories.Visit v : runs.path(m)) {
                Plane.Projection p = plane.project(v.theta());
                projections.add(p);
                points.add(new PathPoint(m, v.epoch(), p.a(), p.b(), p.residual(), loss.at(v.theta())));
            }
        }
        double[][] axes = Surface.axesCovering(projections, settings.resolution(), settings.span());
        Surface surface = Surface.compute(plane, axes[0], axes[1], loss);
        Map<Method, Profile> out = new LinkedHashMap<>();
        for (Method m : methods) {
            out.put(m, Profile.along(runs.theta0(), runs.end(m).theta(), Profile.POINTS, loss));
        }
        Profile between = Profile.along(runs.end(methods.get(0)).theta(), runs.end(methods.get(1)).theta(),
                Profile.POINTS, loss);
        return new Landscape(plane, surface, List.copyOf(points), between, Collections.unmodifiableMap(out));
    }

    /** The methods whose paths this landscape holds, in lane order. */
    public List<Method> methods() {
        return List.copyOf(out.keySet());
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
