package dev.moons.render.landscape;

import dev.moons.landscape.Surface;

/**
 * Filled contours of log₁₀ loss: the surface's range split into {@link #BANDS} equal bands in log loss, each one
 * colour of viridis (colour-blind safe, light for high loss, dark for low), with a darker line where two bands meet.
 * Renders the surface into an ARGB raster of any size by bilinear interpolation of log loss. No JavaFX.
 *
 * @param lowLog  log₁₀ of the lowest loss shown
 * @param highLog log₁₀ of the highest loss shown, &gt; lowLog
 */
public record LossBands(double lowLog, double highLog) {
    /** The number of colour bands. */
    public static final int BANDS = 12;
    /** Viridis at 9 stops, from dark (low loss) to yellow (high loss), ARGB. */
    private static final int[] VIRIDIS = {0xFF440154, 0xFF472D7B, 0xFF3B528B, 0xFF2C728E, 0xFF21918C, 0xFF28AE80,
        0xFF5EC962, 0xFFADDC30, 0xFFFDE725};
    private static final int NAN = 0xFFD9D9D9;

    /** The bands for a surface: its finite losses' range, widened a little when flat. */
    public static LossBands of(Surface surface) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : surface.loss()) {
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (!(lo < hi)) {
            double mid = Double.isFinite(lo) ? lo : 0;
            return new LossBands(mid - 0.5, mid + 0.5);
        }
        return new LossBands(lo, hi);
    }

    /** The band of loss v, 0 … BANDS−1, or −1 when v is not a positive finite number. */
    public int band(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return -1;
        }
        int k = (int) Math.floor((Math.log10(v) - lowLog) / (highLog - lowLog) * BANDS);
        return Math.max(0, Math.min(BANDS - 1, k));
    }

    /** The ARGB colour of band k (−1: light grey). */
    public static int colour(int k) {
        if (k < 0) {
            return NAN;
        }
        double s = (k + 0.5) / BANDS * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) s);
        return mix(VIRIDIS[i], VIRIDIS[i + 1], s - i);
    }

    /** The loss at the lower edge of band k (k = BANDS: the top). */
    public double edge(int k) {
        return Math.pow(10, lowLog + (highLog - lowLog) * k / BANDS);
    }

    /**
     * The surface drawn into {@code out} [width·height], row 0 at the top (b largest): each pixel's band colour
     * from log loss interpolated between the four nearest grid points, darkened where its band differs from the
     * pixel to the right or below (the contour lines).
     */
    public int[] raster(Surface surface, int width, int height, int[] out) {
        int[] bands = new int[width * height];
        int na = surface.a().length;
        int nb = surface.b().length;
        double[] logs = new double[surface.loss().length];
        for (int i = 0; i < logs.length; i++) {
            double v = surface.loss()[i];
            logs[i] = v > 0 && Double.isFinite(v) ? Math.log10(v) : Double.NaN;
        }
        for (int y = 0; y < height; y++) {
            double gy = (height - 1 - y) * (nb - 1.0) / Math.max(1, height - 1);
            int j = Math.min(nb - 2, (int) gy);
            double fy = gy - j;
            for (int x = 0; x < width; x++) {
                double gx = x * (na - 1.0) / Math.max(1, width - 1);
                int i = Math.min(na - 2, (int) gx);
                double fx = gx - i;
                double l = (1 - fy) * ((1 - fx) * logs[j * na + i] + fx * logs[j * na + i + 1])
                        + fy * ((1 - fx) * logs[(j + 1) * na + i] + fx * logs[(j + 1) * na + i + 1]);
                bands[y * width + x] = Double.isNaN(l) ? -1 : band(Math.pow(10, l));
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int k = bands[y * width + x];
                boolean edge = x + 1 < width && bands[y * width + x + 1] != k
                        || y + 1 < height && bands[(y + 1) * width + x] != k;
                int c = colour(k);
                out[y * width + x] = edge ? mix(c, 0xFF000000, 0.35) : c;
            }
        }
        return out;
    }

    private static int mix(int c0, int c1, double t) {
        int r = (int) Math.round(((c0 >> 16) & 0xFF) * (1 - t) + ((c1 >> 16) & 0xFF) * t);
        int g = (int) Math.round(((c0 >> 8) & 0xFF) * (1 - t) + ((c1 >> 8) & 0xFF) * t);
        int b = (int) Math.round((c0 & 0xFF) * (1 - t) + (c1 & 0xFF) * t);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
