package dev.moons.training;

import dev.moons.metrics.ClassificationReport;
import dev.moons.model.MiniBatches;
import dev.moons.model.ModelObjective;
import dev.moons.model.WeightDecayObjective;
import dev.moons.optim.BoundReduction;
import dev.moons.optim.DifferentiableObjective;
import dev.moons.optim.Optimizer;
import dev.moons.optim.StepResult;
import dev.moons.optim.Vectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One method's training: a problem, its own copy of the initial weights, an optimizer and a schedule.
 * An exception inside a step ends the run as {@link RunStatus#FAILED} with {@link #failure()} set; it is not
 * rethrown, so the other method and the caller carry on. Not thread-safe: one thread calls {@link #nextEpoch()};
 * {@link #cancel()} and {@link #setOptimizer} may be called from any thread and take effect between steps. Over 400
 * lines because stepping and recording one epoch share its buffers (θ, ∇L, the reused forward): one job, a run's
 * epochs; its resume checks live in {@link SavedRun}.
 */
public final class TrainingRun {
    private final Method method;
    private final Problem problem;
    private final INDArray theta;
    private final INDArray gradient;
    private final INDArray stepStart;
    private final INDArray aheadGradient;
    private double aheadLoss;
    private boolean aheadValid;
    private final int epochs;
    private final int batchSize;
    private final Random batchOrder;
    private final ModelObjective trainObjective;
    private final ModelObjective stepObjective;
    private final ModelObjective testObjective;
    /** The test set's labels [n_test] in {0, 1}, for {@link #testReport()} (a dataset hands out copies). */
    private final int[] testLabels;
    private MiniBatches batches;
    private final List<EpochRecord> history = new ArrayList<>();
    private final List<LayerStats> layerStats = new ArrayList<>();
    private volatile Optimizer optimizer;
    private volatile boolean cancelRequested;
    private String failure;
    private RunStatus status = RunStatus.RUNNING;
    private StepResult lastStep;
    private DifferentiableObjective lastObjective;
    private double lastLossBefore = Double.NaN;
    private long lossEvals;
    private double elapsedNanos;
    private final SharpnessRecorder sharpness;
    private final BoundReduction gradientNorm = BoundReduction.norm2();
    private final BoundReduction thetaMaxAbs = BoundReduction.maxAbs();

    /**
     * A run of {@code epochs} epochs from a copy of {@code theta0}. {@code batchSize} 0 means full batch;
     * otherwise each epoch takes ⌈n_train/B⌉ steps over a shuffled order drawn from {@code batchOrder}.
     * Epoch 0 (the initial state) is recorded at once.
     */
    public TrainingRun(Method method, Problem problem, INDArray theta0, Optimizer optimizer, int epochs,
            int batchSize, Random batchOrder) {
        this(method, problem, theta0, optimizer, epochs, batchSize, batchOrder, null);
    }

    /**
     * A run continued from a saved state (e.g. a session file): θ [4H+1] after the last record of {@code history}
     * (epoch 0 first, consecutive; only the last may have a terminal status), with its loss evaluations, time and
     * status. {@code batchOrder} must be the run's fresh batch stream: it is advanced past the epochs already done,
     * so the next epoch draws the same mini-batch order as an uninterrupted run would. A line search's warm-start
     * state is not restored here (see {@code BacktrackingLineSearch#resumeAfter}). {@code layerStats} is the saved
     * {@link #layerStats()}, one per record; empty when unknown (an older file): the stats then start at the last
     * epoch with its full-batch gradient norms.
     */
    public static TrainingRun resume(Method method, Problem problem, INDArray theta, Optimizer optimizer, int epochs,
            int batchSize, Random batchOrder, List<EpochRecord> history, List<LayerStats> layerStats) {
        SavedRun.check(history, layerStats, epochs);
        TrainingRun run = new TrainingRun(method, problem, theta, optimizer, epochs, batchSize, batchOrder, history);
        if (!layerStats.isEmpty()) {
            run.layerStats.clear();
            run.layerStats.addAll(layerStats);
        }
        return run;
    }

    private TrainingRun(Method method, Problem problem, INDArray theta0, Optimizer optimizer, int epochs,
            int batchSize, Random batchOrder, List<EpochRecord> saved) {
        this.method = Objects.requireNonNull(method);
        this.problem = Objects.requireNonNull(problem);
        if (theta0.length() != problem.model().parameterCount()) {
            throw new IllegalArgumentException("theta0 must have " + problem.model().parameterCount()
                    + " entries, had " + theta0.length());
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        }
        int nTrain = (int) problem.yTrain().length();
        if (batchSize < 0 || batchSize > nTrain) {
            throw new IllegalArgumentException("batch must be in [0, " + nTrain + "], was " + batchSize);
        }
        this.theta = theta0.dup();
        this.gradient = Nd4j.zerosLike(theta);
        this.stepStart = Nd4j.zerosLike(theta);
        this.aheadGradient = Nd4j.zerosLike(theta);
        this.optimizer = Objects.requireNonNull(optimizer);
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.batchOrder = batchOrder;
        this.trainObjective = problem.model().objective(problem.xTrain(), problem.yTrain());
        this.stepObjective = problem.weightDecay() == 0 ? trainObjective
                : problem.trainingObjective(problem.xTrain(), problem.yTrain());
        this.testObjective = problem.model().objective(problem.xTest(), problem.yTest());
        this.testLabels = problem.testRaw().labels();
        this.sharpness = new SharpnessRecorder(problem);
        if (saved == null) {
            ModelObjective.LossAndAccuracy train = trainReport();
            double initialGradNorm = initialGradientNorm();
            history.add(report(0, Double.NaN, initialGradNorm, train));
            layerStats.add(LayerStats.initial(Vectors.read(gradient)));
            return;
        }
        // resume: the saved records, counters and status; the batch stream past the epochs done
        history.addAll(saved);
        EpochRecord last = last();
        status = last.status();
        lossEvals = last.lossEvals();
        elapsedNanos = last.timeMs() * 1e6;
        if (batchSize > 0) {
            for (int e = 1; e < history.size(); e++) {
                permutation(nTrain);
            }
        }
        // until resume puts the saved layer stats in: the resumed epoch's full-batch gradient norms, ratios unknown
        stepObjective.valueAndGradient(theta, gradient);
        layerStats.add(LayerStats.at(last.epoch(), Vectors.read(gradient)));
    }

    /** The run's method; its {@link Method#id()} is the name records and files use. */
    public Method method() {
        return method;
    }

    public Problem problem() {
        return problem;
    }

    /** Points per step: 0 for full batch, else B (⌈n_train/B⌉ steps per epoch). */
    public int batchSize() {
        return batchSize;
    }

    /** Epochs scheduled in all. */
    public int epochs() {
        return epochs;
    }

    /** The last completed epoch (0 before any step). */
    public int epoch() {
        return history.size() - 1;
    }

    public RunStatus status() {
        return status;
    }

    public boolean isDone() {
        return status.isTerminal();
    }

    /** The epoch at which the run diverged, or -1. */
    public int divergedAt() {
        return status == RunStatus.DIVERGED ? epoch() : -1;
    }

    /** Every record so far, epoch 0 first (an unmodifiable snapshot). */
    public List<EpochRecord> history() {
        return List.copyOf(history);
    }

    /** The latest record. */
    public EpochRecord last() {
        return history.get(history.size() - 1);
    }

    /** Every epoch's per-layer gradient norms and update ratios, epoch 0 first (an unmodifiable snapshot). */
    public List<LayerStats> layerStats() {
        return List.copyOf(layerStats);
    }

    /** The latest epoch's per-layer stats (the same epoch as {@link #last()}). */
    public LayerStats lastLayerStats() {
        return layerStats.get(layerStats.size() - 1);
    }

    /** The last step's details (line-search trials included), or null before the first step. */
    public StepResult lastStep() {
        return lastStep;
    }

    /**
     * Where the last step started: copies of θ and g = ∇L(θ), L(θ) and the (batch) objective it searched on;
     * null before the first step. With mini-batches the objective is the last batch's, valid until the next epoch
     * refills it (call on the training thread, between epochs).
     */
    public StepOrigin lastStepOrigin() {
        return lastStep == null ? null : new StepOrigin(stepStart.dup(), gradient.dup(), lastLossBefore, lastObjective);
    }

    /** A copy of the current parameters θ [4H+1]. */
    public INDArray parameters() {
        return theta.dup();
    }

    /** The current parameters θ [4H+1] copied into a Java array (no off-heap allocation). */
    public double[] parameterValues() {
        return Vectors.read(theta);
    }

    /** θ where the last step started [4H+1] as a Java array, or null before the first step. */
    public double[] lastStepStartValues() {
        return lastStep == null ? null : Vectors.read(stepStart);
    }

    /** Replaces the optimizer from the next step on (e.g. a new learning rate during training). */
    public void setOptimizer(Optimizer next) {
        this.optimizer = Objects.requireNonNull(next);
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** Asks the run to stop before its next step; it then ends as {@link RunStatus#CANCELLED}. */
    public void cancel() {
        cancelRequested = true;
    }

    /** Trains one epoch and returns its record; the status says whether the run ended with it. */
    public EpochRecord nextEpoch() {
        if (isDone()) {
            throw new IllegalStateException(method + " run is already " + status.label());
        }
        if (cancelRequested) {
            return endWithoutStep(RunStatus.CANCELLED);
        }
        int epoch = epoch() + 1;
        double[] before = Vectors.read(theta);
        long start = System.nanoTime();
        EpochOutcome outcome;
        try {
            outcome = batchSize == 0 ? fullBatchEpoch() : miniBatchEpoch();
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return endWithoutStep(RunStatus.FAILED);
        }
        elapsedNanos += System.nanoTime() - start;
        if (outcome.diverged) {
            status = RunStatus.DIVERGED;
        } else if (outcome.stalled) {
            status = RunStatus.STALLED;
        }
        EpochRecord record = report(epoch, outcome.meanStep, outcome.gradNorm, trainReport());
        if (status == RunStatus.RUNNING
                && Divergence.diverged(record.trainLoss(), thetaMaxAbs.of(theta))) {
            status = RunStatus.DIVERGED;
        } else if (status == RunStatus.RUNNING && epoch == epochs) {
            status = RunStatus.FINISHED;
        }
        if (record.status() != status) {
            record = record.withStatus(status);
        }
        record = sharpness.recordIfDue(record, theta);
        history.add(record);
        layerStats.add(LayerStats.of(epoch, Vectors.read(gradient), before, Vectors.read(theta)));
        return record;
    }

    /** λ_max every k ≥ 0 epochs (0, k, 2k, … at θ after the epoch; 0 = off), the latest record too if due. */
    public void setSharpnessEvery(int k) {
        sharpness.setEvery(k);
        if (!isDone() && !last().hasSharpness()) {
            history.set(history.size() - 1, sharpness.recordIfDue(last(), theta));
        }
    }

    /** λ_max's interval, cost and value now; not counted in {@link EpochRecord#timeMs()}. */
    public SharpnessRecorder sharpness() {
        return sharpness;
    }

    /** Why the run failed (exception type and message), or null unless its status is FAILED. */
    public String failure() {
        return failure;
    }

    // the run ends at its last recorded epoch: that record is re-issued with the final status
    private EpochRecord endWithoutStep(RunStatus end) {
        status = end;
        EpochRecord ended = last().withStatus(end);
        history.set(history.size() - 1, ended);
        return ended;
    }

    /** Trains until the run ends, handing every new record to {@code listener}. */
    public void runToEnd(EpochListener listener) {
        while (!isDone()) {
            listener.onEpoch(method, nextEpoch());
        }
    }

    private record EpochOutcome(double meanStep, double gradNorm, boolean diverged, boolean stalled) {
    }

    // forward + backward on all training points, then one optimizer step
    private EpochOutcome fullBatchEpoch() {
        return step(stepObjective);
    }

    // ⌈n/B⌉ steps over a shuffled order; the line search sees each batch's loss
    private EpochOutcome miniBatchEpoch() {
        if (batches == null) {
            batches = new MiniBatches(problem.model(), problem.xTrain(), problem.yTrain(), batchSize);
        }
        int[] order = permutation((int) problem.yTrain().length());
        double stepSum = 0;
        int steps = 0;
        EpochOutcome last = null;
        for (int k = 0; k < batches.count(); k++) {
            last = step(problem.model().penalised(batches.batch(order, k), problem.weightDecay()));
            stepSum += last.meanStep;
            steps++;
            if (last.diverged || last.stalled) {
                break;
            }
        }
        return new EpochOutcome(stepSum / steps, last.gradNorm, last.diverged, last.stalled);
    }

    private EpochOutcome step(DifferentiableObjective objective) {
        // forward + backward (on the whole training set already done by the last report)
        double loss;
        if (objective == trainObjective && aheadValid) {
            loss = aheadLoss;
            Vectors.copy(aheadGradient, gradient);
        } else {
            loss = objective.valueAndGradient(theta, gradient);
        }
        aheadValid = false;
        lossEvals++;
        double gradNorm = gradientNorm.of(gradient);
        if (!Double.isFinite(loss) || !Double.isFinite(gradNorm)) {
            return new EpochOutcome(Double.NaN, gradNorm, true, false);
        }
        // step, remembering where it started
        Vectors.copy(theta, stepStart);
        lastObjective = objective;
        lastLossBefore = loss;
        StepResult result = optimizer.step(theta, gradient, loss, objective);
        lastStep = result;
        lossEvals += result.lossEvaluations();
        return new EpochOutcome(result.stepSize(), gradNorm, false, !result.stepTaken());
    }

    private double initialGradientNorm() {
        if (aheadValid && stepObjective == trainObjective) {
            Vectors.copy(aheadGradient, gradient);
        } else {
            stepObjective.valueAndGradient(theta, gradient);
        }
        return gradientNorm.of(gradient);
    }

    /**
     * The training set's loss and accuracy at θ, one forward pass; with full batches also ∇L(θ), kept for the next
     * step, which would compute the same L(θ) and ∇L(θ) again.
     */
    private ModelObjective.LossAndAccuracy trainReport() {
        if (batchSize != 0) {
            return trainObjective.evaluate(theta);
        }
        ModelObjective.LossAndAccuracy train = trainObjective.valueGradientAndAccuracy(theta, aheadGradient);
        aheadLoss = train.loss();
        aheadValid = true;
        return train;
    }

    // report: losses and accuracies after the step; not counted as loss evaluations
    private EpochRecord report(int epoch, double step, double gradNorm, ModelObjective.LossAndAccuracy train) {
        ModelObjective.LossAndAccuracy test = testObjective.evaluate(theta);
        double objective = train.loss() + WeightDecayObjective.penalty(theta, problem.weightDecay());
        return new EpochRecord(epoch, train.loss(), test.loss(), train.accuracy(), test.accuracy(), step,
                lossEvals, gradNorm, elapsedNanos / 1e6, status, objective);
    }

    /**
     * Test-set metrics for the current parameters (positive class 1), from the bound forward pass whose accuracy
     * the records hold (predicted 1 when the logit is ≥ 0).
     */
    public ClassificationReport testReport() {
        return ClassificationReport.ofPredictions(testLabels, testObjective.predictions(theta));
    }

    private int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = batchOrder.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
