package dev.moons.data;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The generated datasets by name, each with the parameters it uses beyond the shared number of points and noise:
 * {@code moons} (none), {@code circles} (factor), {@code xor} (none), {@code spiral} (turns), {@code blobs}
 * (distance). Every shape draws from the data stream only, so the same seed gives the same points.
 */
public enum DataShape {
    MOONS("moons", "Moons", 0.2),
    CIRCLES("circles", "Circles", 0.1),
    XOR("xor", "XOR", 0.1),
    SPIRAL("spiral", "Spiral", 0.05),
    BLOBS("blobs", "Blobs", 0.2);

    private final String cliName;
    private final String label;
    private final double suggestedNoise;

    DataShape(String cliName, String label, double suggestedNoise) {
        this.cliName = cliName;
        this.label = label;
        this.suggestedNoise = suggestedNoise;
    }

    /** The name on the command line and in files: "moons", "circles", "xor", "spiral", "blobs". */
    public String cliName() {
        return cliName;
    }

    /** The name a window shows: "Moons", "Circles", … */
    public String label() {
        return label;
    }

    /** The noise this shape is shown with when chosen (the CLI's default when --noise is not given). */
    public double suggestedNoise() {
        return suggestedNoise;
    }

    /** Whether the shape reads the circles' radius ratio. */
    public boolean usesFactor() {
        return this == CIRCLES;
    }

    /** Whether the shape reads the spiral's number of turns. */
    public boolean usesTurns() {
        return this == SPIRAL;
    }

    /** Whether the shape reads the blobs' distance. */
    public boolean usesDistance() {
        return this == BLOBS;
    }

    /**
     * {@code n} points of this shape with N(0, noise²) noise, drawn from {@code rng}; {@code factor},
     * {@code turns} and {@code distance} are read only by the shape that uses them (and checked only there).
     */
    public Dataset generate(int n, double noise, double factor, double turns, double distance, Random rng) {
        return switch (this) {
            case MOONS -> Moons.generate(n, noise, rng);
            case CIRCLES -> Circles.generate(n, noise, factor, rng);
            case XOR -> Xor.generate(n, noise, rng);
            case SPIRAL -> Spiral.generate(n, noise, turns, rng);
            case BLOBS -> Blobs.generate(n, noise, distance, rng);
        };
    }

    /** The shape named {@code name} ("spiral"); throws a one-line reason listing the names otherwise. */
    public static DataShape fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dataset must be one of " + names() + ", was "
                        + name));
    }

    /** "moons, circles, xor, spiral, blobs". */
    public static String names() {
        return Arrays.stream(values()).map(DataShape::cliName).collect(Collectors.joining(", "));
    }
}
