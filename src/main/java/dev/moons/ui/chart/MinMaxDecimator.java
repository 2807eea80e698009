package dev.moons.ui.chart;

/**
 * Min–max decimation of a polyline to pixel columns: each run of consecutive points falling in one column is
 * reduced to its first, minimum, maximum and last point (in index order), so spikes survive and the output
 * has at most about four points per column however many points come in. Non-finite y values end the current
 * run and are emitted as a NaN break. No JavaFX; one instance reuses its output buffers.
 */
public final class MinMaxDecimator {
    private double[] outX = new double[256];
    private double[] outY = new double[256];
    private int size;

    /**
     * Decimates the first {@code n} points of (xs, ys) onto {@code columns} columns spanning [x0, x1]; returns
     * the output size. Points outside [x0, x1] are clamped to the edge columns.
     */
    public int decimate(double[] xs, double[] ys, int n, double x0, double x1, int columns) {
        size = 0;
        double scale = columns / (x1 - x0);
        int column = Integer.MIN_VALUE;
        int first = -1;
        int min = -1;
        int max = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            double y = ys[i];
            if (!Double.isFinite(y) || !Double.isFinite(xs[i])) {
                flush(xs, ys, first, min, max, last);
                first = -1;
                column = Integer.MIN_VALUE;
                breakLine();
                continue;
            }
            int c = (int) Math.floor((xs[i] - x0) * scale);
            c = Math.max(0, Math.min(columns - 1, c));
            if (c != column || first < 0) {
                flush(xs, ys, first, min, max, last);
                column = c;
                first = i;
                min = i;
                max = i;
            } else if (y < ys[min]) {
                min = i;
            } else if (y > ys[max]) {
                max = i;
            }
            last = i;
        }
        flush(xs, ys, first, min, max, last);
        return size;
    }

    /** Output x values; valid up to the size the last {@link #decimate} returned. */
    public double[] x() {
        return outX;
    }

    /** Output y values (NaN marks a break); valid up to the size the last {@link #decimate} returned. */
    public double[] y() {
        return outY;
    }

    private void flush(double[] xs, double[] ys, int first, int min, int max, int last) {
        if (first < 0) {
            return;
        }
        int lo = Math.min(min, max);
        int hi = Math.max(min, max);
        emit(xs[first], ys[first]);
        if (lo != first) {
            emit(xs[lo], ys[lo]);
        }
        if (hi != lo && hi != first) {
            emit(xs[hi], ys[hi]);
        }
        if (last != hi && last != first) {
            emit(xs[last], ys[last]);
        }
    }

    private void breakLine() {
        if (size > 0 && !Double.isNaN(outY[size - 1])) {
            emit(Double.NaN, Double.NaN);
        }
    }

    private void emit(double x, double y) {
        if (size == outX.length) {
            outX = java.util.Arrays.copyOf(outX, size * 2);
            outY = java.util.Arrays.copyOf(outY, size * 2);
        }
        outX[size] = x;
        outY[size] = y;
        size++;
    }
}
