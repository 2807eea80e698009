package dev.moons.app;

/** How many epochs each method trains per UI frame: a few for a visible animation, or as fast as possible. */
public enum Pace {
    ONE(1, "1"),
    TWO(2, "2"),
    FIVE(5, "5"),
    TEN(10, "10"),
    FIFTY(50, "50"),
    MAX(Integer.MAX_VALUE, "max");

    private final int epochsPerFrame;
    private final String label;

    Pace(int epochsPerFrame, String label) {
        this.epochsPerFrame = epochsPerFrame;
        this.label = label;
    }

    /** Epochs per frame; {@link Integer#MAX_VALUE} for {@link #MAX}. */
    public int epochsPerFrame() {
        return epochsPerFrame;
    }

    /** Whether training runs flat out instead of in frame-sized batches. */
    public boolean isMax() {
        return this == MAX;
    }

    /** Short text for a button: "1", "2", …, "max". */
    public String label() {
        return label;
    }
}
