package dev.moons.render;

/**
 * The class colours and the diverging probability map, colour-blind safe (ColorBrewer PRGn ends): class 0 purple,
 * class 1 green, p = 0.5 near-white. Kept apart from the method colours (orange/blue) of the loss chart. The map
 * is a 1025-entry ARGB lookup table, so colouring a pixel never allocates. No JavaFX.
 */
public final class ClassColors {
    /** Full-strength class 0 colour (points), ARGB. */
    public static final int CLASS0 = 0xFF762A83;
    /** Full-strength class 1 colour (points), ARGB. */
    public static final int CLASS1 = 0xFF1B7837;
    /** The map's colour at p = 0 (a lighter class 0, so points stay visible on it). */
    public static final int MAP0 = 0xFFB89BCB;
    /** The map's colour at p = 0.5. */
    public static final int MAP_MID = 0xFFF7F7F7;
    /** The map's colour at p = 1 (a lighter class 1). */
    public static final int MAP1 = 0xFF92C9A0;
    /** Colour of a non-finite probability. */
    public static final int MAP_NAN = 0xFFBDBDBD;

    private static final int LEVELS = 1025;
    private static final int[] LUT = buildLut();

    private ClassColors() {}

    /** ARGB colour of probability {@code p} of class 1 (clamped to [0, 1]; NaN grey). */
    public static int argb(double p) {
        if (!(p == p)) {
            return MAP_NAN;
        }
        double c = p <= 0 ? 0 : p >= 1 ? 1 : p;
        return LUT[(int) Math.round(c * (LEVELS - 1))];
    }

    /** Full-strength colour of class {@code label} (0 or 1), ARGB. */
    public static int ofClass(int label) {
        return label == 1 ? CLASS1 : CLASS0;
    }

    private static int[] buildLut() {
        int[] lut = new int[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            double p = k / (double) (LEVELS - 1);
            double t = Math.abs(p - 0.5) * 2;
            int end = p < 0.5 ? MAP0 : MAP1;
            lut[k] = mix(MAP_MID, end, Math.pow(t, 0.8));
        }
        lut[0] = MAP0;
        lut[LEVELS - 1] = MAP1;
        return lut;
    }

    /** Linear blend of two opaque ARGB colours, {@code t} in [0, 1]. */
    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }
}
