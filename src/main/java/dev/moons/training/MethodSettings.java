package dev.moons.training;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which methods a comparison runs, in lane order, and the settings only some of them read: the rows
 * {@link Parameter#METHODS}, {@link Parameter#MOMENTUM}, {@link Parameter#BETA1}, {@link Parameter#BETA2},
 * {@link Parameter#EPS}, {@link Parameter#C2}, {@link Parameter#SLS_C}, {@link Parameter#GAMMA} and
 * {@link Parameter#ETA_MAX}. Each value is checked against its row; {@code c2} is checked against the Armijo
 * constant by {@link Config}, which knows both.
 *
 * @param methods  2 to 4 distinct methods, lane order (left first)
 * @param momentum μ of momentum and Nesterov, in [0, 1)
 * @param beta1    Adam's first-moment decay β1, in [0, 1)
 * @param beta2    Adam's second-moment decay β2, in [0, 1)
 * @param eps      Adam's ε added to √v̂, &gt; 0
 * @param c2       the strong Wolfe curvature constant, in (c, 1)
 * @param slsC     the stochastic Armijo line search's sufficient-decrease constant, in (0, 1)
 * @param gamma    the stochastic line search's reset factor γ (η ← η·γ^(b/n)), ≥ 1
 * @param etaMax   the stochastic line search's largest step η_max, &gt; 0
 */
public record MethodSettings(List<Method> methods, double momentum, double beta1, double beta2, double eps,
        double c2, double slsC, double gamma, double etaMax) {

    /** The fewest and most methods in one comparison. */
    public static final int MIN_METHODS = 2;
    public static final int MAX_METHODS = 4;

    /** Validates every field against its {@link Parameter} row. */
    public MethodSettings {
        methods = checkMethods(methods);
        Parameter.MOMENTUM.check(momentum);
        Parameter.BETA1.check(beta1);
        Parameter.BETA2.check(beta2);
        Parameter.EPS.check(eps);
        Parameter.C2.check(c2);
        Parameter.SLS_C.check(slsC);
        Parameter.GAMMA.check(gamma);
        Parameter.ETA_MAX.check(etaMax);
    }

    /** Every row's default: fixed and backtracking. */
    public static MethodSettings defaults() {
        return new MethodSettings(Method.DEFAULTS, Parameter.MOMENTUM.defaultDouble(),
                Parameter.BETA1.defaultDouble(), Parameter.BETA2.defaultDouble(), Parameter.EPS.defaultDouble(),
                Parameter.C2.defaultDouble(), Parameter.SLS_C.defaultDouble(), Parameter.GAMMA.defaultDouble(),
                Parameter.ETA_MAX.defaultDouble());
    }

    /** The methods named in {@code names} ("momentum,adam"), checked: 2 to 4 distinct known names. */
    public static List<Method> parseMethods(String names) {
        Objects.requireNonNull(names);
        return checkMethods(java.util.Arrays.stream(names.split(",", -1)).map(String::trim).map(Method::of).toList());
    }

    /** The same settings running {@code next} (2 to 4 distinct methods). */
    public MethodSettings withMethods(List<Method> next) {
        return new MethodSettings(next, momentum, beta1, beta2, eps, c2, slsC, gamma, etaMax);
    }

    /** The same methods with the settings of {@code source} (everything but the list of methods). */
    public MethodSettings withValuesOf(MethodSettings source) {
        return new MethodSettings(methods, source.momentum, source.beta1, source.beta2, source.eps, source.c2,
                source.slsC, source.gamma, source.etaMax);
    }

    /** The same settings with momentum and Nesterov's μ = {@code mu} (checked by {@link Parameter#MOMENTUM}). */
    public MethodSettings withMomentum(double mu) {
        return new MethodSettings(methods, mu, beta1, beta2, eps, c2, slsC, gamma, etaMax);
    }

    /** The same settings with Adam's β1, β2 and ε (each checked by its row). */
    public MethodSettings withAdam(double b1, double b2, double e) {
        return new MethodSettings(methods, momentum, b1, b2, e, c2, slsC, gamma, etaMax);
    }

    /** The same settings with the strong Wolfe curvature constant {@code next} (Config checks it against c). */
    public MethodSettings withC2(double next) {
        return new MethodSettings(methods, momentum, beta1, beta2, eps, next, slsC, gamma, etaMax);
    }

    /** The same settings with the stochastic Armijo search's c, γ and η_max (each checked by its row). */
    public MethodSettings withSls(double c, double g, double eta) {
        return new MethodSettings(methods, momentum, beta1, beta2, eps, c2, c, g, eta);
    }

    /** "fixed,backtracking": the methods as the command line and files name them. */
    public String names() {
        return String.join(",", methods.stream().map(Method::id).toList());
    }

    private static List<Method> checkMethods(List<Method> methods) {
        if (methods == null || methods.size() < MIN_METHODS || methods.size() > MAX_METHODS) {
            throw new IllegalArgumentException(Parameter.METHODS.key() + " must name " + MIN_METHODS + " to "
                    + MAX_METHODS + " methods, was " + (methods == null ? "none" : methods.size()));
        }
        Set<Method> seen = new HashSet<>();
        for (Method m : methods) {
            if (!seen.add(Objects.requireNonNull(m))) {
                throw new IllegalArgumentException(Parameter.METHODS.key() + " must name distinct methods, "
                        + m.id() + " appears twice");
            }
        }
        return List.copyOf(methods);
    }
}
