package dev.moons.ui;

import java.util.Arrays;

/**
 * Iso-line extraction on a row-major scalar grid (marching squares with linear interpolation and the cell
 * average deciding saddles). Segment ends are in grid-index coordinates: (i, j) is the sample at column i,
 * row j. No JavaFX; one instance reuses its segment buffer, so repeated calls do not allocate.
 */
public final class MarchingSquares {
    private double[] segments = new double[1024];
    private int count;

    /** Finds the {@code level} iso-line of {@code values} (width × height); returns the number of segments. */
    public int trace(double[] values, int width, int height, double level) {
        count = 0;
        for (int j = 0; j + 1 < height; j++) {
            for (int i = 0; i + 1 < width; i++) {
                cell(values, width, i, j, level);
            }
        }
        return count;
    }

    /** Segment k as {x0, y0, x1, y1} at offset 4k; valid up to the count {@link #trace} returned. */
    public double[] segments() {
        return segments;
    }

    private void cell(double[] v, int w, int i, int j, double level) {
        double tl = v[j * w + i];
        double tr = v[j * w + i + 1];
        double bl = v[(j + 1) * w + i];
        double br = v[(j + 1) * w + i + 1];
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
        switch (index) {
            case 1, 14 -> add(i, left, bottom, j + 1);
            case 2, 13 -> add(bottom, j + 1, i + 1, right);
            case 3, 12 -> add(i, left, i + 1, right);
            case 4, 11 -> add(top, j, i + 1, right);
            case 6, 9 -> add(top, j, bottom, j + 1);
            case 7, 8 -> add(i, left, top, j);
            case 5 -> {
                if (centreIn) {
                    add(i, left, top, j);
                    add(bottom, j + 1, i + 1, right);
                } else {
                    add(top, j, i + 1, right);
                    add(i, left, bottom, j + 1);
                }
            }
            case 10 -> {
                if (centreIn) {
                    add(top, j, i + 1, right);
                    add(i, left, bottom, j + 1);
                } else {
                    add(i, left, top, j);
                    add(bottom, j + 1, i + 1, right);
                }
            }
            default -> throw new IllegalStateException("case " + index);
        }
    }

    private static double fraction(double a, double b, double level) {
        double d = b - a;
        return d == 0 ? 0.5 : Math.max(0, Math.min(1, (level - a) / d));
    }

    private void add(double x0, double y0, double x1, double y1) {
        if (4 * count + 4 > segments.length) {
            segments = Arrays.copyOf(segments, segments.length * 2);
        }
        int o = 4 * count++;
        segments[o] = x0;
        segments[o + 1] = y0;
        segments[o + 2] = x1;
        segments[o + 3] = y1;
    }
}
