package dev.moons.optim;

/**
 * A line search's own account of one step: which of its trials it took, how the search ended, and how many
 * trials were of each kind that is not a plain first try or ×ρ shrink.
 *
 * @param acceptedTrial index into the step's tried α's of the one taken, or -1 when none was taken
 * @param outcome       how the search ended in a few words ("strong Wolfe met", "Armijo only: trial bound 50
 *                      reached", …), or "" when not recorded (a step read from a session file)
 * @param bracketing    trials that grew α looking for a bracket (wolfe's α₀, 2α₀, 4α₀, …)
 * @param zoom          trials inside a bracket (wolfe's zoom)
 * @param interpolation trials placed at an interpolating model's minimiser after a failure (armijo-interp)
 */
public record SearchTrace(int acceptedTrial, String outcome, int bracketing, int zoom, int interpolation) {
    /** The outcome of an Armijo search that took a trial. */
    public static final String ARMIJO_MET = "Armijo met";
    /** The outcome of a search at g = 0 (no trials; θ stays, which is not a stall). */
    public static final String STATIONARY = "g = 0: no step";
    /** The outcome of a search from a non-finite loss or gradient (no trials). */
    public static final String NOT_FINITE = "loss or gradient not finite: no step";

    /** Checks that the index and the counts are not below their ranges' ends. */
    public SearchTrace {
        if (acceptedTrial < -1 || bracketing < 0 || zoom < 0 || interpolation < 0) {
            throw new IllegalArgumentException("accepted trial must be >= -1 and counts >= 0, were " + acceptedTrial
                    + ", " + bracketing + ", " + zoom + ", " + interpolation);
        }
        if (outcome == null) {
            throw new IllegalArgumentException("outcome must not be null (\"\" when not recorded)");
        }
    }

    /** A trace with {@code outcome} and no counted kinds. */
    public static SearchTrace of(int acceptedTrial, String outcome) {
        return new SearchTrace(acceptedTrial, outcome, 0, 0, 0);
    }

    /**
     * The trace of a step known only by its record (a session file): the accepted trial is the last tried α equal
     * to {@code stepSize} (the accepted α) when the step was taken, the outcome unknown ("").
     */
    public static SearchTrace fromStepSize(boolean stepTaken, double stepSize, double[] triedSteps) {
        int accepted = -1;
        for (int k = 0; stepTaken && k < triedSteps.length; k++) {
            if (Double.compare(triedSteps[k], stepSize) == 0) {
                accepted = k;
            }
        }
        return of(accepted, "");
    }

    /** This trace with {@code count} interpolation trials. */
    public SearchTrace withInterpolation(int count) {
        return new SearchTrace(acceptedTrial, outcome, bracketing, zoom, count);
    }

    /** The outcome of a search that ran out: "stalled: trial bound N reached" or "stalled: α below MIN reached". */
    static String stalled(int trials) {
        return trials >= BacktrackingLineSearch.MAX_TRIALS
                ? "stalled: trial bound " + BacktrackingLineSearch.MAX_TRIALS + " reached"
                : "stalled: α below " + BacktrackingLineSearch.MIN_STEP;
    }
}
