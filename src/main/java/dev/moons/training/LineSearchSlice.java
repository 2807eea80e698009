package dev.moons.training;

import dev.moons.curvature.NetworkHessian;
import dev.moons.curvature.QuadraticModel;
import dev.moons.model.Mlp;
import dev.moons.optim.DifferentiableObjective;
import dev.moons.optim.Objective;
import dev.moons.optim.StepResult;
import dev.moons.optim.Vectors;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The loss along the negative gradient from one step's start, φ(α) = L(θ − α·g), evaluated exactly as
 * {@link dev.moons.optim.BacktrackingLineSearch} evaluates its trial points. Keeps one trial buffer, so use it on
 * one thread.
 */
public final class LineSearchSlice {
    private final INDArray theta;
    private final INDArray gradient;
    private final double loss;
    private final Objective objective;
    private final double gradNormSquared;
    private final INDArray point;

    /** The slice through {@code origin}'s θ along −g. */
    public LineSearchSlice(StepOrigin origin) {
        this.theta = origin.theta();
        this.gradient = origin.gradient();
        this.loss = origin.loss();
        this.objective = origin.objective();
        double norm = gradient.norm2Number().doubleValue();
        this.gradNormSquared = norm * norm;
        this.point = theta.dup();
    }

    /** φ(α) = L(θ − α·g). */
    public double phi(double alpha) {
        Vectors.trialPoint(theta, gradient, alpha, point);
        return objective.value(point);
    }

    /**
     * φ′(α) = ∇L(θ − α·g)·(−g) at each of {@code alphas} (one loss and gradient evaluation each; NaN where the loss
     * is not finite), or null when the objective gives no gradients.
     */
    public double[] slopes(double[] alphas) {
        if (!(objective instanceof DifferentiableObjective)) {
            return null;
        }
        double[] slopes = new double[alphas.length];
        slopes(alphas, 0, alphas.length, slopes, null, theta.dup());
        return slopes;
    }

    // φ′ at alphas[from, to) into slopesOut and, when phisOut is given, φ there from the same evaluation
    private void slopes(double[] alphas, int from, int to, double[] slopesOut, double[] phisOut,
            INDArray trialGradient) {
        DifferentiableObjective differentiable = (DifferentiableObjective) objective;
        for (int i = from; i < to; i++) {
            Vectors.trialPoint(theta, gradient, alphas[i], point);
            double value = differentiable.valueAndGradient(point, trialGradient);
            // one BLAS dot, no copies
            double dot = Nd4j.getBlasWrapper().dot(trialGradient, gradient);
            slopesOut[i] = Double.isFinite(value) ? -dot : Double.NaN;
            if (phisOut != null) {
                phisOut[i] = value;
            }
        }
    }

    /**
     * {@code picture} (drawn from this slice) with where sufficient decrease and the curvature test for
     * {@code c2} hold along its samples; unchanged when the objective gives no gradients.
     */
    public LineSearchPicture withConditions(LineSearchPicture picture, double c2) {
        double[] slopes = slopes(picture.alphas());
        if (slopes == null) {
            return picture;
        }
        return picture.withConditions(LineSearchConditions.of(picture.alphas(), picture.phis(), slopes, loss,
                -gradNormSquared, picture.c(), c2));
    }

    /** φ(0) = L(θ). */
    public double loss() {
        return loss;
    }

    /** ‖g‖². */
    public double gradNormSquared() {
        return gradNormSquared;
    }

    /**
     * φ's quadratic model φ(0) − α‖g‖² + ½α²·gᵀHg when this slice's objective is the training loss of
     * {@code problem} (the full training set, with its weight decay): gᵀHg from the exact Hessian at θ.
     */
    public QuadraticModel quadraticModel(Problem problem) {
        Mlp model = problem.model();
        NetworkHessian hessian = new NetworkHessian(model.hidden(), model.activation(),
                problem.xTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble(),
                problem.yTrain().castTo(DataType.DOUBLE).dup('c').data().asDouble());
        return QuadraticModel.along(hessian, theta.toDoubleVector(), gradient.toDoubleVector(), loss,
                problem.weightDecay());
    }

    /**
     * The picture of {@code step} (the backtracking step that started here, at {@code epoch}): φ sampled at
     * {@code points} α's from 0 to 1.1 × max(largest tried α, lr), the Armijo line for constant {@code c}, the
     * tried α's and the fixed run's step α = {@code lr}.
     */
    public LineSearchPicture picture(int epoch, StepResult step, double alpha0, double c, double lr, int points) {
        return picture(epoch, step, alpha0, c, lr, points, null);
    }

    /** As {@link #picture(int, StepResult, double, double, double, int)}, with φ's quadratic model (null: none). */
    public LineSearchPicture picture(int epoch, StepResult step, double alpha0, double c, double lr, int points,
            QuadraticModel model) {
        return picture(epoch, step, alpha0, c, lr, points, model, false);
    }

    /**
     * As {@link #picture(int, StepResult, double, double, double, int, QuadraticModel)}; {@code batchPhi} says this
     * slice's objective is the step's mini-batch loss (the φ the search saw), not the training set's.
     */
    public LineSearchPicture picture(int epoch, StepResult step, double alpha0, double c, double lr, int points,
            QuadraticModel model, boolean batchPhi) {
        double[] alphas = alphas(step, alpha0, lr, points);
        double[] phis = new double[points];
        for (int i = 0; i < points; i++) {
            phis[i] = i == 0 ? loss : phi(alphas[i]);
        }
        return picture(epoch, step, c, lr, alphas, phis, model, batchPhi);
    }

    /**
     * {@code withConditions(picture(epoch, step, alpha0, c, lr, points, model, batchPhi), c2)}, the same numbers,
     * with φ and φ′ at each α from one loss-and-gradient evaluation instead of a loss and then a loss and gradient.
     */
    public LineSearchPicture pictureWithConditions(int epoch, StepResult step, double alpha0, double c, double lr,
            int points, QuadraticModel model, boolean batchPhi, double c2) {
        PictureJob job = pictureJob(epoch, step, alpha0, c, lr, points, model, batchPhi, c2);
        job.advance(points);
        return job.picture();
    }

    /**
     * {@link #pictureWithConditions} in parts: each {@link PictureJob#advance} evaluates a few of the α's, so a
     * picture's ~{@code points} loss-and-gradient evaluations can be spread over several frames; the picture is
     * the same, bit for bit. The slice's θ, g and objective must stay as they are until the job is done.
     */
    public PictureJob pictureJob(int epoch, StepResult step, double alpha0, double c, double lr, int points,
            QuadraticModel model, boolean batchPhi, double c2) {
        return new PictureJob(epoch, step, alpha0, c, lr, points, model, batchPhi, c2);
    }

    /** A line-search picture being evaluated a few α's at a time (see {@link #pictureJob}); one thread. */
    public final class PictureJob {
        private final int epoch;
        private final StepResult step;
        private final double alpha0;
        private final double c;
        private final double lr;
        private final int points;
        private final QuadraticModel model;
        private final boolean batchPhi;
        private final double c2;
        private final double[] alphas;
        private final double[] phis;
        private final double[] slopes;
        private final INDArray trialGradient;
        private int next;

        private PictureJob(int epoch, StepResult step, double alpha0, double c, double lr, int points,
                QuadraticModel model, boolean batchPhi, double c2) {
            this.epoch = epoch;
            this.step = step;
            this.alpha0 = alpha0;
            this.c = c;
            this.lr = lr;
            this.points = points;
            this.model = model;
            this.batchPhi = batchPhi;
            this.c2 = c2;
            this.alphas = alphas(step, alpha0, lr, points);
            boolean differentiable = objective instanceof DifferentiableObjective;
            this.phis = new double[points];
            this.slopes = differentiable ? new double[points] : null;
            this.trialGradient = differentiable ? theta.dup() : null;
            // no gradients: the picture without conditions, made at once, as withConditions leaves it
            this.next = differentiable ? 0 : points;
        }

        /** Evaluates up to {@code count} (≥ 1) more α's; returns whether the picture is complete. */
        public boolean advance(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("count must be >= 1, was " + count);
            }
            int to = Math.min(points, next + count);
            slopes(alphas, next, to, slopes, phis, trialGradient);
            next = to;
            return isDone();
        }

        /** Whether every α has been evaluated. */
        public boolean isDone() {
            return next == points;
        }

        /** The epoch whose step this pictures. */
        public int epoch() {
            return epoch;
        }

        /** The picture, with its conditions; only once {@link #isDone}. */
        public LineSearchPicture picture() {
            if (!isDone()) {
                throw new IllegalStateException("picture of epoch " + epoch + " has " + next + " of " + points
                        + " points");
            }
            if (slopes == null) {
                return LineSearchSlice.this.picture(epoch, step, alpha0, c, lr, points, model, batchPhi);
            }
            phis[0] = loss;
            LineSearchPicture picture = LineSearchSlice.this.picture(epoch, step, c, lr, alphas, phis, model,
                    batchPhi);
            return picture.withConditions(LineSearchConditions.of(alphas, phis, slopes, loss, -gradNormSquared, c,
                    c2));
        }
    }

    // `points` α's from 0 to 1.1 × max(largest tried α, lr); the largest tried is the first for a shrinking search,
    // a later one when wolfe's bracketing grew α
    private static double[] alphas(StepResult step, double alpha0, double lr, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, was " + points);
        }
        double first = step.triedSteps().length > 0 ? Arrays.stream(step.triedSteps()).max().getAsDouble() : alpha0;
        double alphaMax = 1.1 * Math.max(first, lr);
        double[] alphas = new double[points];
        for (int i = 0; i < points; i++) {
            alphas[i] = alphaMax * i / (points - 1);
        }
        return alphas;
    }

    private LineSearchPicture picture(int epoch, StepResult step, double c, double lr, double[] alphas, double[] phis,
            QuadraticModel model, boolean batchPhi) {
        return new LineSearchPicture(epoch, alphas, phis, loss, c, gradNormSquared, step.triedSteps(),
                step.triedLosses(), step.stepTaken(), lr, phi(lr), model, null, step.trace(), batchPhi,
                Method.BACKTRACKING);
    }
}
