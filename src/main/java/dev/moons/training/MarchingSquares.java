package dev.moons.training;

import java.util.Arrays;

/**
 * Iso-line extraction on a row-major scalar grid (marching squares with linear interpolation and the cell
 * average deciding saddles). Segment ends are in grid-index coordinates: (i, j) is the sample at column i,
 * row j. No JavaFX; one instance reuses its segment buffer, so repeated calls do not allocate.
 */
public final class MarchingSquares {
    /** Per row of samples, bit i of word i / 64: sample i is ≥ the level (above) or NaN (nan); reset per trace. */
    private long[] above = new long[0];
    private long[] nan = new long[0];
    private int words;

    private double[] segments = new double[1024];
    /** The grid edges segment k ends on, at 2k and 2k + 1 (edge ids as in {@link #horizontal}, {@link #vertical}). */
    private int[] ends = new int[512];
    private int count;
    private int width;
    private int height;
    // chaining: the (up to two) segments on each grid edge, -1 for none; reset after each use
    private int[] edgeFirst = new int[0];
    private int[] edgeSecond = new int[0];
    private boolean[] used = new boolean[256];
    private double[] points = new double[1024];
    private int[] starts = new int[64];
    private int lines;

    /**
     * Finds the {@code level} iso-line of {@code values} (width × height); returns the number of segments. Cells are
     * visited in row-major order; one whose four corners share a side (all ≥ level, all below) or that has a NaN
     * corner has no segment, and is passed over on bit masks of the sides, 64 cells at a time, so only the few
     * cells the line crosses are worked out.
     */
    public int trace(double[] values, int width, int height, double level) {
        start(width, height);
        for (int j = 0, k = 0; j < height; j++) {
            int row = j * words;
            for (int i = 0; i < width; i++, k++) {
                double v = values[k];
                if (v >= level) {
                    above[row + (i >>> 6)] |= 1L << i;
                } else if (!(v < level)) {
                    nan[row + (i >>> 6)] |= 1L << i;
                }
            }
        }
        return crossedCells(values, null, level);
    }

    /**
     * Finds the p = 0.5 boundary of P(class 1) {@code p} (width × height) as the 0 iso-line of its logits
     * ({@link LogitField#logit}), with {@code field} working out a logit only where a side is in doubt or a crossed
     * cell needs it: the segments are those {@link #trace} finds on every sample's logit, bit for bit (a sample's
     * side of 0 is its side of one half, and uncrossed cells use nothing else).
     */
    public int traceLogits(double[] p, int width, int height, LogitField field) {
        start(width, height);
        field.reset(p);
        for (int j = 0, k = 0; j < height; j++) {
            int row = j * words;
            for (int i = 0; i < width; i++, k++) {
                double v = p[k];
                if (v - 0.5 > LogitField.NEAR_HALF) {
                    above[row + (i >>> 6)] |= 1L << i;
                } else if (!(0.5 - v > LogitField.NEAR_HALF)) {
                    double logit = field.at(k);
                    if (logit >= 0) {
                        above[row + (i >>> 6)] |= 1L << i;
                    } else if (!(logit < 0)) {
                        nan[row + (i >>> 6)] |= 1L << i;
                    }
                }
            }
        }
        return crossedCells(null, field, 0);
    }

    // resets the segments and the side masks for a width × height grid
    private void start(int width, int height) {
        count = 0;
        lines = 0;
        this.width = width;
        this.height = height;
        words = (width + 63) >>> 6;
        int n = words * height;
        if (above.length < n) {
            above = new long[n];
            nan = new long[n];
        } else {
            Arrays.fill(above, 0, n, 0L);
            Arrays.fill(nan, 0, n, 0L);
        }
    }

    // works out the cells with corners on both sides and no NaN, in row-major order, on values or field's logits
    private int crossedCells(double[] values, LogitField field, double level) {
        int w = width;
        for (int j = 0; j + 1 < height; j++) {
            int top = j * words;
            int bottom = top + words;
            for (int q = 0; q < words; q++) {
                // bit b: cell i = 64q + b, its corners i (this word) and i + 1 (shifted down, next word's bit 0)
                long tl = above[top + q];
                long bl = above[bottom + q];
                long tr = tl >>> 1 | (q + 1 < words ? above[top + q + 1] << 63 : 0);
                long br = bl >>> 1 | (q + 1 < words ? above[bottom + q + 1] << 63 : 0);
                long nl = nan[top + q] | nan[bottom + q];
                long nr = nl >>> 1 | (q + 1 < words ? (nan[top + q + 1] | nan[bottom + q + 1]) << 63 : 0);
                long crossed = ((tl ^ tr) | (bl ^ br) | (tl ^ bl)) & ~(nl | nr);
                int last = w - 2 - 64 * q; // cells 0 … w − 2
                if (last < 63) {
                    crossed &= last < 0 ? 0 : -1L >>> (63 - last);
                }
                while (crossed != 0) {
                    int i = 64 * q + Long.numberOfTrailingZeros(crossed);
                    int k = j * w + i;
                    if (values != null) {
                        cell(values[k], values[k + 1], values[k + w], values[k + w + 1], i, j, level);
                    } else {
                        cell(field.at(k), field.at(k + 1), field.at(k + w), field.at(k + w + 1), i, j, level);
                    }
                    crossed &= crossed - 1;
                }
            }
        }
        return count;
    }

    /** Segment k as {x0, y0, x1, y1} at offset 4k; valid up to the count {@link #trace} returned. */
    public double[] segments() {
        return segments;
    }

    /**
     * Joins the last traced segments into polylines through their shared grid edges (a closed curve ends on its
     * first point); returns how many. Every segment is in exactly one polyline, so the points number segments +
     * polylines. Drawing a few long polylines instead of many two-point lines saves the rasterizer most caps.
     */
    public int chain() {
        int edges = 2 * width * height;
        if (edgeFirst.length < edges) {
            edgeFirst = new int[edges];
            edgeSecond = new int[edges];
            Arrays.fill(edgeFirst, -1);
            Arrays.fill(edgeSecond, -1);
        }
        if (used.length < count) {
            used = new boolean[2 * count];
        }
        for (int k = 0; k < count; k++) {
            link(ends[2 * k], k);
            link(ends[2 * k + 1], k);
            used[k] = false;
        }
        lines = 0;
        int n = 0;
        for (int s = 0; s < count; s++) {
            if (used[s]) {
                continue;
            }
            // backwards from s through its end 0 to the chain's first segment (or once round a closed curve)
            int cur = s;
            int exit = 0;
            for (int guard = 0; guard < count; guard++) {
                int e = ends[2 * cur + exit];
                int next = other(e, cur);
                if (next < 0 || next == s) {
                    break;
                }
                exit = ends[2 * next] == e ? 1 : 0;
                cur = next;
            }
            // forwards from there, one point per segment end
            if (lines + 2 > starts.length) {
                starts = Arrays.copyOf(starts, 2 * starts.length);
            }
            starts[lines++] = n;
            n = point(n, cur, exit);
            int in = exit;
            while (true) {
                used[cur] = true;
                int out = 1 - in;
                n = point(n, cur, out);
                int e = ends[2 * cur + out];
                int next = other(e, cur);
                if (next < 0 || used[next]) {
                    break;
                }
                in = ends[2 * next] == e ? 0 : 1;
                cur = next;
            }
        }
        starts[lines] = n;
        for (int k = 0; k < count; k++) {
            edgeFirst[ends[2 * k]] = -1;
            edgeSecond[ends[2 * k]] = -1;
            edgeFirst[ends[2 * k + 1]] = -1;
            edgeSecond[ends[2 * k + 1]] = -1;
        }
        return lines;
    }

    /** Polyline points as {x, y} pairs in grid-index coordinates; polyline p is points starts[p] to starts[p + 1]. */
    public double[] polylinePoints() {
        return points;
    }

    /** Point offsets of the polylines from the last {@link #chain}: polyline p has points [starts[p], starts[p+1]). */
    public int[] polylineStarts() {
        return starts;
    }

    private void link(int edge, int segment) {
        if (edgeFirst[edge] < 0) {
            edgeFirst[edge] = segment;
        } else {
            edgeSecond[edge] = segment;
        }
    }

    private int other(int edge, int segment) {
        return edgeFirst[edge] == segment ? edgeSecond[edge] : edgeFirst[edge];
    }

    // appends the end `end` (0 or 1) of segment k as point n; returns n + 1
    private int point(int n, int k, int end) {
        if (2 * n + 2 > points.length) {
            points = Arrays.copyOf(points, 2 * points.length);
        }
        points[2 * n] = segments[4 * k + 2 * end];
        points[2 * n + 1] = segments[4 * k + 2 * end + 1];
        return n + 1;
    }

    /** Id of the horizontal grid edge from sample (i, j) to (i + 1, j). */
    private int horizontal(int i, int j) {
        return 2 * (j * width + i);
    }

    /** Id of the vertical grid edge from sample (i, j) to (i, j + 1). */
    private int vertical(int i, int j) {
        return 2 * (j * width + i) + 1;
    }

    // the segments of cell (i, j) from its top-left, top-right, bottom-left and bottom-right values
    private void cell(double tl, double tr, double bl, double br, int i, int j, double level) {
        if (Double.isNaN(tl) || Double.isNaN(tr) || Double.isNaN(bl) || Double.isNaN(br)) {
            return;
        }
        int index = (tl >= level ? 8 : 0) | (tr >= level ? 4 : 0) | (br >= level ? 2 : 0) | (bl >= level ? 1 : 0);
        if (index == 0 || index == 15) {
            return;
        }
        double top = i + fraction(tl, tr, level);
        double bottom = i + fraction(bl, br, level);
        double left = j + fraction(tl, bl, level);
        double right = j + fraction(tr, br, level);
        boolean centreIn = (tl + tr + bl + br) / 4 >= level;
        int eTop = horizontal(i, j);
        int eBottom = horizontal(i, j + 1);
        int eLeft = vertical(i, j);
        int eRight = vertical(i + 1, j);
        switch (index) {
            case 1, 14 -> add(i, left, eLeft, bottom, j + 1, eBottom);
            case 2, 13 -> add(bottom, j + 1, eBottom, i + 1, right, eRight);
            case 3, 12 -> add(i, left, eLeft, i + 1, right, eRight);
            case 4, 11 -> add(top, j, eTop, i + 1, right, eRight);
            case 6, 9 -> add(top, j, eTop, bottom, j + 1, eBottom);
            case 7, 8 -> add(i, left, eLeft, top, j, eTop);
            case 5 -> {
                if (centreIn) {
                    add(i, left, eLeft, top, j, eTop);
                    add(bottom, j + 1, eBottom, i + 1, right, eRight);
                } else {
                    add(top, j, eTop, i + 1, right, eRight);
                    add(i, left, eLeft, bottom, j + 1, eBottom);
                }
            }
            case 10 -> {
                if (centreIn) {
                    add(top, j, eTop, i + 1, right, eRight);
                    add(i, left, eLeft, bottom, j + 1, eBottom);
                } else {
                    add(i, left, eLeft, top, j, eTop);
                    add(bottom, j + 1, eBottom, i + 1, right, eRight);
                }
            }
            default -> throw new IllegalStateException("case " + index);
        }
    }

    private static double fraction(double a, double b, double level) {
        double d = b - a;
        return d == 0 ? 0.5 : Math.max(0, Math.min(1, (level - a) / d));
    }

    private void add(double x0, double y0, int edge0, double x1, double y1, int edge1) {
        if (4 * count + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[2 * count] = edge0;
        ends[2 * count + 1] = edge1;
        int o = 4 * count++;
        segments[o] = x0;
        segments[o + 1] = y0;
        segments[o + 2] = x1;
        segments[o + 3] = y1;
    }
}
