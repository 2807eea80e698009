package dev.moons.training;

import dev.moons.io.Numbers;
import dev.moons.optim.Adam;
import dev.moons.optim.BacktrackingLineSearch;
import dev.moons.optim.FixedStep;
import dev.moons.optim.InterpolatingLineSearch;
import dev.moons.optim.Momentum;
import dev.moons.optim.StochasticArmijo;
import dev.moons.optim.StrongWolfeLineSearch;
import dev.moons.optim.Optimizer;
import java.util.Arrays;
import java.util.List;

/**
 * A way of choosing each step, the one owner of everything that differs between methods: its name in files and
 * on the command line, its labels on screen, its colour, how its optimizer is built from a {@link Config} (fresh,
 * or resumed from a saved run), and which settings it depends on. Adding a method is adding a constant here.
 */
public enum Method {
    /** Plain gradient descent, θ ← θ − lr·∇L(θ), at the fixed learning rate {@code lr}. */
    FIXED(FixedStep.NAME, "Fixed learning rate", "Fixed LR", 0xE69F00, true) {
        @Override
        public Optimizer optimizer(Config config) {
            return new FixedStep(config.lr());
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return SettingsChange.lrDiffers(a, b);
        }

        @Override
        public String settingsText(Config c) {
            return "lr = " + Numbers.compact(c.lr());
        }
    },
    /** Heavy-ball momentum, PyTorch's SGD rule: b ← μ·b + g (b = g at the first step), θ ← θ − lr·b. */
    MOMENTUM(Momentum.NAME, "Momentum", "Momentum", 0x009E73, true) {
        @Override
        public Optimizer optimizer(Config config) {
            return new Momentum(config.lr(), config.momentum(), false);
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return SettingsChange.lrDiffers(a, b) || Double.compare(a.momentum(), b.momentum()) != 0;
        }

        @Override
        public String settingsText(Config c) {
            return "lr = " + Numbers.compact(c.lr()) + ", μ = " + Numbers.compact(c.momentum());
        }
    },
    /** Nesterov momentum, PyTorch's rule: b ← μ·b + g, θ ← θ − lr·(g + μ·b). */
    NESTEROV(Momentum.NESTEROV_NAME, "Nesterov momentum", "Nesterov", 0x56B4E9, true) {
        @Override
        public Optimizer optimizer(Config config) {
            return new Momentum(config.lr(), config.momentum(), true);
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return MOMENTUM.settingsDiffer(a, b);
        }

        @Override
        public String settingsText(Config c) {
            return MOMENTUM.settingsText(c);
        }
    },
    /** Adam, PyTorch's rule: bias-corrected moments m̂, v̂, θ ← θ − lr·m̂ / (√v̂ + ε). */
    ADAM(Adam.NAME, "Adam", "Adam", 0xD55E00, true) {
        @Override
        public Optimizer optimizer(Config config) {
            return new Adam(config.lr(), config.beta1(), config.beta2(), config.eps());
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return SettingsChange.lrDiffers(a, b) || Double.compare(a.beta1(), b.beta1()) != 0
                    || Double.compare(a.beta2(), b.beta2()) != 0 || Double.compare(a.eps(), b.eps()) != 0;
        }

        @Override
        public String settingsText(Config c) {
            return "lr = " + Numbers.compact(c.lr()) + ", β1 = " + Numbers.compact(c.beta1()) + ", β2 = "
                    + Numbers.compact(c.beta2()) + ", ε = " + Numbers.compact(c.eps());
        }
    },
    /** Gradient descent with an Armijo backtracking line search from α0, shrinking by ρ, constant c. */
    BACKTRACKING(BacktrackingLineSearch.NAME, "Backtracking line search", "Backtracking", 0x0072B2, false) {
        @Override
        public Optimizer optimizer(Config config) {
            return search(config);
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return SettingsChange.lineSearchDiffers(a, b);
        }

        @Override
        public Optimizer resumed(Config config, double lastAccepted) {
            BacktrackingLineSearch search = search(config);
            search.resumeAfter(lastAccepted);
            return search;
        }

        @Override
        public String settingsText(Config c) {
            return "α₀ = " + Numbers.compact(c.alpha0()) + ", ρ = " + Numbers.compact(c.rho()) + ", c = "
                    + Numbers.compact(c.c());
        }

        private BacktrackingLineSearch search(Config config) {
            return new BacktrackingLineSearch(config.alpha0(), config.rho(), config.c(), config.warmStart());
        }
    },
    /** Armijo backtracking from α0 that picks each next trial by quadratic, then cubic interpolation of φ. */
    ARMIJO_INTERP(InterpolatingLineSearch.NAME, "Armijo with interpolation", "Armijo interp", 0xCC79A7, false) {
        @Override
        public Optimizer optimizer(Config config) {
            return new InterpolatingLineSearch(config.alpha0(), config.c(), config.warmStart());
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return Double.compare(a.alpha0(), b.alpha0()) != 0 || Double.compare(a.c(), b.c()) != 0
                    || a.warmStart() != b.warmStart();
        }

        @Override
        public Optimizer resumed(Config config, double lastAccepted) {
            InterpolatingLineSearch search = new InterpolatingLineSearch(config.alpha0(), config.c(),
                    config.warmStart());
            search.resumeAfter(lastAccepted);
            return search;
        }

        @Override
        public String settingsText(Config c) {
            return "α₀ = " + Numbers.compact(c.alpha0()) + ", c = " + Numbers.compact(c.c());
        }
    },
    /** The strong Wolfe line search (bracketing, then zoom) from α0 with c1 = c and c2. */
    WOLFE(StrongWolfeLineSearch.NAME, "Strong Wolfe line search", "Strong Wolfe", 0x000000, false) {
        @Override
        public Optimizer optimizer(Config config) {
            return new StrongWolfeLineSearch(config.alpha0(), config.c(), config.c2());
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return Double.compare(a.alpha0(), b.alpha0()) != 0 || Double.compare(a.c(), b.c()) != 0
                    || Double.compare(a.c2(), b.c2()) != 0;
        }

        @Override
        public String settingsText(Config c) {
            return "α₀ = " + Numbers.compact(c.alpha0()) + ", c1 = " + Numbers.compact(c.c()) + ", c2 = "
                    + Numbers.compact(c.c2());
        }
    },
    /** The stochastic Armijo line search on each mini-batch, its start reset to min(η_max, η·γ^(b/n)). */
    SLS(StochasticArmijo.NAME, "Stochastic Armijo (SLS)", "SLS", 0xF0E442, false) {
        @Override
        public Optimizer optimizer(Config config) {
            return sls(config, config.trainSize());
        }

        @Override
        public Optimizer optimizer(Config config, Problem problem) {
            return sls(config, (int) problem.xTrain().rows());
        }

        @Override
        public Optimizer resumed(Config config, double lastAccepted, Problem problem) {
            return optimizer(config, problem);
        }

        // b/n from the batch size and the training points (a batch of 0 is the full batch)
        private StochasticArmijo sls(Config config, int nTrain) {
            double fraction = config.batch() == 0 ? 1 : Math.min(1, (double) config.batch() / nTrain);
            return new StochasticArmijo(config.etaMax(), config.slsC(), config.gamma(), fraction);
        }

        @Override
        public boolean settingsDiffer(Config a, Config b) {
            return Double.compare(a.etaMax(), b.etaMax()) != 0 || Double.compare(a.slsC(), b.slsC()) != 0
                    || Double.compare(a.gamma(), b.gamma()) != 0;
        }

        @Override
        public String settingsText(Config c) {
            return "η_max = " + Numbers.compact(c.etaMax()) + ", c = " + Numbers.compact(c.slsC()) + ", γ = "
                    + Numbers.compact(c.gamma());
        }
    };

    /** The methods of a comparison unless told otherwise: the notebook's fixed lr on the left, backtracking right. */
    public static final List<Method> DEFAULTS = List.of(FIXED, BACKTRACKING);

    private final String id;
    private final String label;
    private final String shortLabel;
    private final int rgb;
    private final boolean fixedStep;

    Method(String id, String label, String shortLabel, int rgb, boolean fixedStep) {
        this.id = id;
        this.label = label;
        this.shortLabel = shortLabel;
        this.rgb = rgb;
        this.fixedStep = fixedStep;
    }

    /** Whether this method steps by the learning rate {@code lr} (a sweep's x axis) rather than a line search. */
    public boolean isFixedStep() {
        return fixedStep;
    }

    /** This method's optimizer when it steps by {@code lr} instead of {@code config}'s lr (a sweep's point). */
    public Optimizer optimizerAt(Config config, double lr) {
        if (!fixedStep) {
            throw new IllegalArgumentException(id + " is a line search; it has no learning rate to sweep");
        }
        return optimizer(config.withLr(lr));
    }

    /** The name in files, columns and keys ("fixed", "backtracking"): a contract other tools read. */
    public String id() {
        return id;
    }

    /** The name on screen, e.g. "Fixed learning rate". */
    public String label() {
        return label;
    }

    /** The name where room is short (toggles, table columns, the command line), e.g. "Fixed LR". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The colour of this method's curves and panes as 0xRRGGBB (Okabe–Ito, colour-blind safe). */
    public int rgb() {
        return rgb;
    }

    /** A new optimizer with {@code config}'s settings for this method (each run gets its own: some keep state). */
    public abstract Optimizer optimizer(Config config);

    /**
     * As {@link #optimizer(Config)} for training on {@code problem}: sls takes b/n from the problem's training
     * points (a CSV's classes need not split as the config's sample count would).
     */
    public Optimizer optimizer(Config config, Problem problem) {
        return optimizer(config);
    }

    /** As {@link #resumed(Config, double)} for a run on {@code problem} (see {@link #optimizer(Config, Problem)}). */
    public Optimizer resumed(Config config, double lastAccepted, Problem problem) {
        return resumed(config, lastAccepted);
    }

    /** The settings this method reads, for titles: "lr = 0.01", "α₀ = 1, ρ = 0.5, c = 1e-4". */
    public abstract String settingsText(Config config);

    /** Whether this method's optimizer settings differ between {@code a} and {@code b} (it then needs a new one). */
    public abstract boolean settingsDiffer(Config a, Config b);

    /**
     * As {@link #optimizer}, continuing a saved run whose last accepted step was {@code lastAccepted} (NaN when
     * none): a method whose optimizer keeps state between steps restores it here; the others ignore it.
     */
    public Optimizer resumed(Config config, double lastAccepted) {
        return optimizer(config);
    }

    /** Every method there is, in declaration order (a comparison's own are {@link Config#methods()}). */
    public static List<Method> all() {
        return List.of(values());
    }

    /** The fixed-step methods, in declaration order: those a sweep can sweep over lr. */
    public static List<Method> fixedStep() {
        return Arrays.stream(values()).filter(Method::isFixedStep).toList();
    }

    /** The line-search methods, in declaration order: those whose band a sweep can draw. */
    public static List<Method> lineSearches() {
        return Arrays.stream(values()).filter(m -> !m.isFixedStep()).toList();
    }

    /** The method named {@code id}; an unknown name is refused with the list of known ones. */
    public static Method of(String id) {
        for (Method m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("method must be one of " + ids() + ", was " + id);
    }

    /** "fixed, momentum, …": every name, declaration order. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Method::id).toList());
    }
}
