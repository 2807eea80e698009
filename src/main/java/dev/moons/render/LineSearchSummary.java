package dev.moons.render;

import dev.moons.curvature.QuadraticModel;
import dev.moons.optim.SearchTrace;
import dev.moons.training.LineSearchPicture;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-search view's one-line summary of a picture, e.g. "epoch 12 · α 0.5 after 36 trials (4 bracketing,
 * 32 zoom) · Armijo only: zoom interval below 1.0E-10 · model's α* 0.7"; shared by the window and the exports, no
 * JavaFX.
 */
public final class LineSearchSummary {
    /** What the summary adds when φ is the loss of the step's mini-batch (sls, or any search with --batch). */
    public static final String BATCH_PHI = "φ of this step's mini-batch";

    private LineSearchSummary() {}

    /** The summary of {@code p}: epoch, the α taken and the trials (by kind), the outcome, the batch, α*. */
    public static String of(LineSearchPicture p) {
        List<String> parts = new ArrayList<>();
        parts.add("epoch " + p.epoch());
        parts.add(step(p));
        String outcome = p.trace().outcome();
        if (!outcome.isEmpty() && !(p.triedSteps().length == 0 && p.acceptedIndex() < 0)) {
            parts.add(outcome);
        }
        if (p.batchPhi()) {
            parts.add(BATCH_PHI);
        }
        String model = modelNote(p.model());
        if (!model.isEmpty()) {
            parts.add(model);
        }
        return String.join(" · ", parts);
    }

    /** "α 0.5 after 3 trials (2 bracketing, 1 zoom)", "stalled after 50 trials", or the no-trial outcome. */
    static String step(LineSearchPicture p) {
        int trials = p.triedSteps().length;
        if (trials == 0) {
            String outcome = p.trace().outcome();
            return outcome.isEmpty() ? SearchTrace.STATIONARY : outcome;
        }
        String count = trials + (trials == 1 ? " trial" : " trials") + kinds(p.trace());
        int accepted = p.acceptedIndex();
        return accepted >= 0 ? "α " + Formats.num(p.triedSteps()[accepted]) + " after " + count
                : "stalled after " + count;
    }

    /** " (2 bracketing, 1 zoom)" or " (3 interpolation)": the kinds the search counted, "" when none. */
    static String kinds(SearchTrace trace) {
        List<String> kinds = new ArrayList<>();
        if (trace.bracketing() > 0) {
            kinds.add(trace.bracketing() + " bracketing");
        }
        if (trace.zoom() > 0) {
            kinds.add(trace.zoom() + " zoom");
        }
        if (trace.interpolation() > 0) {
            kinds.add(trace.interpolation() + " interpolation");
        }
        return kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")";
    }

    /** Where the quadratic model's minimiser lies, to hold the accepted α against; "" without a model. */
    static String modelNote(QuadraticModel model) {
        if (model == null) {
            return "";
        }
        return model.hasMinimiser() ? "model's α* " + Formats.num(model.minimiser())
                : "gᵀHg ≤ 0: the model has no minimiser";
    }
}
