package dev.moons.landscape;

/**
 * What to draw.
 *
 * @param plane      how the plane is chosen
 * @param resolution grid points per axis, 11 … 301
 * @param span       the margin around the paths as a fraction of their extent, 0 … 10
 * @param seed       the seed of the random plane's directions
 */
public record LandscapeSettings(PlaneKind plane, int resolution, double span, long seed) {
    /** Grid points per axis by default, fewest and most. */
    public static final int DEFAULT_RESOLUTION = 61;
    public static final int MIN_RESOLUTION = 11;
    public static final int MAX_RESOLUTION = 301;
    /** The default margin, a quarter of the paths' extent on each side. */
    public static final double DEFAULT_SPAN = 0.25;
    public static final double MAX_SPAN = 10.0;

    public LandscapeSettings {
        if (plane == null) {
            throw new IllegalArgumentException("plane must not be null");
        }
        if (resolution < MIN_RESOLUTION || resolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution must be in [11, 301], was " + resolution);
        }
        if (!(span >= 0 && span <= MAX_SPAN)) {
            throw new IllegalArgumentException("span must be in [0, 10], was " + span);
        }
    }

    /** The defaults (endpoints, 61, 0.25) with {@code seed}. */
    public static LandscapeSettings defaults(long seed) {
        return new LandscapeSettings(PlaneKind.ENDPOINTS, DEFAULT_RESOLUTION, DEFAULT_SPAN, seed);
    }

    /** The same settings on another plane. */
    public LandscapeSettings withPlane(PlaneKind next) {
        return new LandscapeSettings(next, resolution, span, seed);
    }
}
