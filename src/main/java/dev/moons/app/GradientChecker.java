package dev.moons.app;

import dev.moons.model.GradientCheck;
import dev.moons.model.Mlp;
import dev.moons.model.SameDiffGradient;
import dev.moons.training.Problem;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The inspector's gradient check (manual backward pass vs SameDiff on the training set) on its own daemon thread,
 * so that neither the FX thread nor training waits for SameDiff. Requests wait in a one-slot mailbox (a newer one
 * replaces a waiting one) and checks start at least {@link #MIN_SPACING_MILLIS} apart, so following live training
 * costs at most a few checks per second and always ends with the newest θ.
 */
public final class GradientChecker implements AutoCloseable {
    /** Shortest time between the starts of two checks. */
    static final long MIN_SPACING_MILLIS = 250;

    private final TrainingService service;
    private final Executor ui;
    private final SpacedWorker<Request> worker;
    // confined to the inspector thread
    private SameDiffGradient graph;

    private record Request(Problem problem, double[] theta, Consumer<GradientCheck> show, Consumer<String> failed) {
    }

    /** Checks for the comparisons of {@code service}; results go through {@code ui} (Platform::runLater). */
    public GradientChecker(TrainingService service, Executor ui) {
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
        this.worker = new SpacedWorker<>("moons-inspector", "gradient check", this::compute, Request::failed, ui);
    }

    /**
     * Checks the gradient at θ [4H+1] on the training set of comparison {@code generation}; {@code show} gets the
     * result on the UI executor, {@code failed} a one-line reason. Dropped when the comparison has been replaced,
     * or when a newer request arrives before this one starts; results arrive in request order.
     */
    public void check(long generation, double[] theta, Consumer<GradientCheck> show, Consumer<String> failed) {
        double[] th = theta.clone();
        service.withProblem(generation, problem -> worker.submit(new Request(problem, th, show, failed)));
    }

    // on the inspector thread: the check of the newest request
    private void compute(Request r) {
        worker.spaceNextStart(MIN_SPACING_MILLIS);
        Mlp mlp = r.problem().model();
        if (graph == null || graph.hidden() != mlp.hidden() || graph.activation() != mlp.activation()) {
            graph = new SameDiffGradient(mlp.hidden(), mlp.activation());
        }
        GradientCheck c = GradientCheck.at(mlp, graph, r.theta(), r.problem().xTrain(), r.problem().yTrain());
        Consumer<GradientCheck> show = r.show();
        ui.execute(() -> show.accept(c));
    }

    /** Stops the inspector thread (a check in progress finishes on its own; it is a daemon). */
    @Override
    public void close() {
        worker.close();
    }
}
