package dev.moons.render.chart;

import java.util.Arrays;

/**
 * Min–max decimation of a polyline to pixel columns: each run of consecutive points falling in one column is
 * reduced to its first, minimum, maximum and last point (in index order), so spikes survive and the output
 * has at most about four points per column however many points come in. Non-finite y values end the current
 * run and are emitted as a NaN break; in log mode y becomes log10(y) and non-positive values are skipped.
 * Incremental: after {@link #reset}, {@link #append} only the new points; no JavaFX, buffers are reused.
 */
public final class MinMaxDecimator {
    private double[] outX = new double[256];
    private double[] outY = new double[256];
    private int size;
    private double x0;
    private double x1;
    private int columns;
    private boolean log;
    private double scale;
    private int column;
    private boolean open;
    private double firstX;
    private double firstY;
    private int firstIndex;
    private double minX;
    private double minY;
    private int minIndex;
    private double maxX;
    private double maxY;
    private int maxIndex;
    private double lastX;
    private double lastY;
    private int lastIndex;
    private int consumed;

    /** Decimates the first {@code n} points of (xs, ys) onto {@code columns} columns spanning [x0, x1]; returns the output size. */
    public int decimate(double[] xs, double[] ys, int n, double x0, double x1, int columns) {
        reset(x0, x1, columns, false);
        append(xs, ys, n);
        return view();
    }

    /** Starts over for {@code columns} columns spanning [x0, x1]; points outside are clamped to the edge columns. */
    public void reset(double x0, double x1, int columns, boolean log10) {
        this.x0 = x0;
        this.x1 = x1;
        this.columns = Math.max(1, columns);
        this.log = log10;
        this.scale = this.columns / (x1 - x0);
        size = 0;
        open = false;
        consumed = 0;
    }

    /** Whether the decimator was last reset with exactly these parameters (so appending is enough). */
    public boolean matches(double x0, double x1, int columns, boolean log10) {
        return this.x0 == x0 && this.x1 == x1 && this.columns == columns && this.log == log10;
    }

    /** Points consumed since the last reset. */
    public int consumed() {
        return consumed;
    }

    /** Consumes points {@link #consumed()} .. n−1 of (xs, ys). */
    public void append(double[] xs, double[] ys, int n) {
        for (int i = consumed; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (log) {
                if (y <= 0) {
                    continue;
                }
                y = Math.log10(y);
            }
            if (!Double.isFinite(y) || !Double.isFinite(x)) {
                commit();
                breakLine();
                continue;
            }
            int c = (int) Math.floor((x - x0) * scale);
            c = c < 0 ? 0 : c >= columns ? columns - 1 : c;
            if (!open || c != column) {
                commit();
                open = true;
                column = c;
                firstX = x;
                firstY = y;
                firstIndex = i;
                minX = x;
                minY = y;
                minIndex = i;
                maxX = x;
                maxY = y;
                maxIndex = i;
            } else if (y < minY) {
                minX = x;
                minY = y;
                minIndex = i;
            } else if (y > maxY) {
                maxX = x;
                maxY = y;
                maxIndex = i;
            }
            lastX = x;
            lastY = y;
            lastIndex = i;
        }
        consumed = Math.max(consumed, n);
    }

    /** Output size including the still-open last column, whose points are written after the committed ones. */
    public int view() {
        int committed = size;
        writeOpenRun();
        int total = size;
        size = committed;
        return total;
    }

    /** Output x values; valid up to the size the last {@link #decimate} or {@link #view} returned. */
    public double[] x() {
        return outX;
    }

    /** Output y values (NaN marks a break); valid up to the size the last {@link #decimate} or {@link #view} returned. */
    public double[] y() {
        return outY;
    }

    private void commit() {
        writeOpenRun();
        open = false;
    }

    private void writeOpenRun() {
        if (!open) {
            return;
        }
        boolean minFirst = minIndex <= maxIndex;
        emit(firstX, firstY);
        int loIndex = minFirst ? minIndex : maxIndex;
        int hiIndex = minFirst ? maxIndex : minIndex;
        if (loIndex != firstIndex) {
            emit(minFirst ? minX : maxX, minFirst ? minY : maxY);
        }
        if (hiIndex != loIndex && hiIndex != firstIndex) {
            emit(minFirst ? maxX : minX, minFirst ? maxY : minY);
        }
        if (lastIndex != hiIndex && lastIndex != firstIndex) {
            emit(lastX, lastY);
        }
    }

    private void breakLine() {
        if (size > 0 && !Double.isNaN(outY[size - 1])) {
            emit(Double.NaN, Double.NaN);
        }
    }

    private void emit(double x, double y) {
        if (size == outX.length) {
            outX = Arrays.copyOf(outX, size * 2);
            outY = Arrays.copyOf(outY, size * 2);
        }
        outX[size] = x;
        outY[size] = y;
        size++;
    }
}
