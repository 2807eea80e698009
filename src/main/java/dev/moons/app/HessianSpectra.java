package dev.moons.app;

import dev.moons.curvature.NetworkHessian;
import dev.moons.curvature.Spectrum;
import dev.moons.training.Problem;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The Curvature view's whole Hessian spectrum of both runs at one epoch: the exact p×p Hessian of the mean training
 * BCE and its eigen-decomposition (commons-math3), for H ≤ {@link #MAX_HIDDEN}, on a daemon thread of its own, so
 * neither the FX thread nor training waits. Requests wait in a one-slot mailbox (a newer one replaces a waiting
 * one); a computation starts at least {@link #MIN_SPACING_MILLIS} and at least {@link #COST_FACTOR} times its
 * predecessor's duration after the previous one, so following live training costs at most ~10 % of a core.
 */
public final class HessianSpectra implements AutoCloseable {
    /** Widest network whose spectrum is computed: p = 4H+1 ≤ 257, a decomposition of ~0.1 s. */
    public static final int MAX_HIDDEN = 64;
    /** Shortest time between the starts of two computations. */
    static final long MIN_SPACING_MILLIS = 200;
    /** A computation that took t waits 10·t before the next starts. */
    static final int COST_FACTOR = 10;

    private final TrainingService service;
    private final Executor ui;
    private final SpacedWorker<Request> worker;
    // confined to the spectra thread
    private Problem boundProblem;
    private NetworkHessian hessian;

    /**
     * Both runs' eigenvalues at one epoch.
     *
     * @param generation   the comparison they belong to
     * @param epoch        the epoch whose θ they were computed at
     * @param left         the left lane's eigenvalues, descending [4H+1], or null when its θ is not finite
     * @param right        the right lane's, likewise
     * @param millis       the wall time of both decompositions
     */
    public record Spectra(long generation, int epoch, double[] left, double[] right, double millis) {
    }

    private record Request(long generation, int epoch, Problem problem, double[] left, double[] right,
            Consumer<Spectra> show, Consumer<String> refused) {
    }

    /** Spectra for the comparisons of {@code service}; results go through {@code ui} (Platform::runLater). */
    public HessianSpectra(TrainingService service, Executor ui) {
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
        this.worker = new SpacedWorker<>("moons-spectra", "Hessian spectrum", this::compute, Request::refused, ui);
    }

    /**
     * Both runs' spectra at θ [4H+1] of {@code epoch} on the training set of comparison {@code generation};
     * {@code show} gets them on the UI executor, {@code refused} a one-line reason (H too large, a failure).
     * Dropped when the comparison has been replaced or a newer request arrives before this one starts.
     */
    public void request(long generation, int epoch, double[] leftTheta, double[] rightTheta,
            Consumer<Spectra> show, Consumer<String> refused) {
        double[] f = leftTheta.clone();
        double[] b = rightTheta.clone();
        service.withProblem(generation, problem -> worker.submit(new Request(generation, epoch, problem, f, b, show,
                refused)));
    }

    // on the spectra thread: both spectra of the newest request, then the spacing their cost asks for
    private void compute(Request r) {
        int hidden = r.problem().model().hidden();
        if (hidden > MAX_HIDDEN) {
            Consumer<String> refused = r.refused();
            ui.execute(() -> refused.accept("spectrum shown for H ≤ " + MAX_HIDDEN + " only (H is " + hidden + ")"));
            return;
        }
        long start = System.nanoTime();
        NetworkHessian h = hessianOf(r.problem());
        Spectra s = new Spectra(r.generation(), r.epoch(), eigenvalues(h, r.left()), eigenvalues(h, r.right()),
                (System.nanoTime() - start) / 1e6);
        worker.spaceNextStart(Math.max(MIN_SPACING_MILLIS, (long) (COST_FACTOR * s.millis())));
        Consumer<Spectra> show = r.show();
        ui.execute(() -> show.accept(s));
    }

    // the Hessian bound to the problem's training set, rebuilt only for a new problem
    private NetworkHessian hessianOf(Problem problem) {
        if (problem != boundProblem) {
            hessian = new NetworkHessian(problem.model().hidden(), problem.model().activation(),
                    problem.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                    problem.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble());
            boundProblem = problem;
        }
        return hessian;
    }

    // eigenvalues λ₁ ≥ … ≥ λ_p at θ, or null when θ or its Hessian is not finite (a diverged run)
    private static double[] eigenvalues(NetworkHessian h, double[] theta) {
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        double[][] m = h.matrix(theta);
        for (double[] row : m) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        return Spectrum.of(m).eigenvalues();
    }

    /** Stops the spectra thread (a computation in progress finishes on its own; it is a daemon). */
    @Override
    public void close() {
        worker.close();
    }
}
