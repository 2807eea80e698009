package dev.moons.metrics;

/**
 * Binary classification metrics at threshold 0.5, positive class 1.
 *
 * @param accuracy  (tp + tn) / n
 * @param precision tp / (tp + fp), NaN when nothing is predicted positive
 * @param recall    tp / (tp + fn), NaN when there are no positives
 * @param f1        2·precision·recall / (precision + recall), NaN when either is NaN or both are 0
 * @param tn        true negatives
 * @param fp        false positives
 * @param fn        false negatives
 * @param tp        true positives
 */
public record ClassificationReport(double accuracy, double precision, double recall, double f1,
        long tn, long fp, long fn, long tp) {

    /** Metrics of probabilities p[i] of class 1 against labels[i] in {0, 1}; predicted 1 when p ≥ 0.5. */
    public static ClassificationReport of(int[] labels, double[] probabilities) {
        boolean[] predictedOne = new boolean[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            predictedOne[i] = probabilities[i] >= 0.5;
        }
        return ofPredictions(labels, predictedOne);
    }

    /** Metrics of class-1 predictions predictedOne[i] against labels[i] in {0, 1}. */
    public static ClassificationReport ofPredictions(int[] labels, boolean[] predictedOne) {
        if (labels.length != predictedOne.length) {
            throw new IllegalArgumentException("labels and predictions differ in length: "
                    + labels.length + " vs " + predictedOne.length);
        }
        long tn = 0, fp = 0, fn = 0, tp = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = predictedOne[i];
            if (labels[i] == 1) {
                if (predicted) tp++; else fn++;
            } else {
                if (predicted) fp++; else tn++;
            }
        }
        double n = labels.length;
        double accuracy = n == 0 ? Double.NaN : (tp + tn) / n;
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        double f1 = Double.isNaN(precision) || Double.isNaN(recall) || precision + recall == 0
                ? Double.NaN : 2 * precision * recall / (precision + recall);
        return new ClassificationReport(accuracy, precision, recall, f1, tn, fp, fn, tp);
    }

    /** The confusion matrix [[tn, fp], [fn, tp]]. */
    public long[][] confusion() {
        return new long[][] {{tn, fp}, {fn, tp}};
    }
}
