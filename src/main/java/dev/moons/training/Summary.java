package dev.moons.training;

/**
 * Mean, population standard deviation, minimum and maximum of a sample of finite or non-finite values;
 * non-finite values make every statistic NaN so that a diverged run is never averaged away silently.
 */
public record Summary(double mean, double std, double min, double max, int count) {

    /** The statistics of no values at all: every statistic NaN, count 0. */
    public static Summary none() {
        return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }

    /** The statistics of {@code values} (at least one). */
    public static Summary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("need at least one value");
        }
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / values.length);
        if (!Double.isFinite(mean)) {
            return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, values.length);
        }
        return new Summary(mean, std, min, max, values.length);
    }
}
