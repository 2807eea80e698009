package dev.moons.training;

import dev.moons.model.ModelObjective;
import dev.moons.optim.LineSearch;
import dev.moons.optim.Optimizer;
import dev.moons.optim.StrongWolfeLineSearch;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds {@link LineSearchPicture}s of line-search steps (any {@link LineSearch}), live or from an
 * {@link EpochArchive}, with where sufficient decrease and the strong Wolfe curvature test hold (c2 the wolfe run's
 * own, else {@link StrongWolfeLineSearch#DEFAULT_C2}); call on the training thread.
 */
public final class LineSearchReplay {
    /** Sample points of φ per picture. */
    public static final int POINTS = 200;

    private LineSearchReplay() {}

    /**
     * The picture of {@code run}'s last step with the fixed run's {@code lr}, or null before its first step; with
     * φ's quadratic model when the step searched the full training set (a mini-batch step has none).
     */
    public static LineSearchPicture lastStep(TrainingRun run, double lr) {
        Job job = lastStepJob(run, lr);
        if (job == null) {
            return null;
        }
        job.advance(POINTS);
        return job.picture();
    }

    /**
     * {@link #lastStep} in parts (see {@link LineSearchSlice#pictureJob}), or null before the first step or when
     * the run's optimizer is not a line search.
     */
    public static Job lastStepJob(TrainingRun run, double lr) {
        StepOrigin origin = run.lastStepOrigin();
        if (origin == null || !(run.optimizer() instanceof LineSearch search)) {
            return null;
        }
        LineSearchSlice slice = new LineSearchSlice(origin);
        boolean fullBatch = run.batchSize() == 0;
        return new Job(slice.pictureJob(run.epoch(), run.lastStep(), search.alpha0(), search.c(), lr, POINTS,
                fullBatch ? slice.quadraticModel(run.problem()) : null, !fullBatch, c2(search)), run.method(),
                fullBatch);
    }

    /**
     * A live run's line-search picture being evaluated in parts.
     *
     * @param job      the slice's picture job
     * @param method   the run it pictures
     * @param spread   whether its parts may be evaluated between later steps: a full-batch φ is the training
     *                 loss, which later steps leave as it is (a mini-batch φ is one batch's, whose buffers the next
     *                 step refills, so such a picture is made at once)
     */
    public record Job(LineSearchSlice.PictureJob job, Method method, boolean spread) {
        /** Evaluates up to {@code count} more α's; returns whether the picture is complete. */
        public boolean advance(int count) {
            return job.advance(count);
        }

        /** The picture, with its method; only once complete. */
        public LineSearchPicture picture() {
            return job.picture().withMethod(method);
        }
    }

    /**
     * The picture of the backtracking step kept in {@code kept}, with g and L(θ) recomputed on the whole
     * training set of {@code problem} (with mini-batches the search saw one batch, so φ is then the full-batch
     * view of it), with φ's quadratic model; null at epoch 0 or when the optimizer is not a line search.
     */
    public static LineSearchPicture kept(EpochArchive.Kept kept, Problem problem, Optimizer optimizer, double lr) {
        if (kept.stepStart() == null || !(optimizer instanceof LineSearch search)) {
            return null;
        }
        ModelObjective objective = problem.trainingObjective(problem.xTrain(), problem.yTrain());
        INDArray theta = Nd4j.createFromArray(kept.stepStart().clone());
        INDArray gradient = Nd4j.zerosLike(theta);
        double loss = objective.valueAndGradient(theta, gradient);
        LineSearchSlice slice = new LineSearchSlice(new StepOrigin(theta, gradient, loss, objective));
        return slice.pictureWithConditions(kept.epoch(), kept.step(), search.alpha0(), search.c(), lr, POINTS,
                slice.quadraticModel(problem), false, c2(search)).withMethod(Method.of(search.name()));
    }

    // the curvature constant the view tests: the wolfe run's own, the default for the other searches
    private static double c2(LineSearch search) {
        return search instanceof StrongWolfeLineSearch wolfe ? wolfe.c2() : StrongWolfeLineSearch.DEFAULT_C2;
    }
}
