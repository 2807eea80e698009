package dev.moons.landscape;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the plane through θ0 is chosen; the id is the {@code --plane} value and the JSON's "plane". */
public enum PlaneKind {
    /** Spanned by both runs' final displacements θ(T) − θ0: both endpoints lie in the plane. */
    ENDPOINTS("endpoints"),
    /** The top two principal directions of both trajectories' displacements θ(t) − θ0, stacked. */
    PCA("pca"),
    /** Two seeded Gaussian directions, filter-normalised per hidden unit (Li et al. 2018). */
    RANDOM("random"),
    /** The top two Hessian eigenvectors; needs the curvature module, so it is refused for now. */
    HESSIAN("hessian");

    /** The one-line refusal of {@link #HESSIAN} where no Hessian is given (a caller without training data). */
    public static final String HESSIAN_MISSING = "--plane hessian needs the training data's Hessian; use endpoints,"
            + " pca or random";

    private final String id;

    PlaneKind(String id) {
        this.id = id;
    }

    /** The lower-case name used on the command line and in files. */
    public String id() {
        return id;
    }

    /** The kind named {@code id} (case-insensitive); an unknown name is an IllegalArgumentException listing all. */
    public static PlaneKind parse(String id) {
        for (PlaneKind k : values()) {
            if (k.id.equals(id.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("plane must be one of " + Arrays.stream(values()).map(PlaneKind::id)
                .collect(Collectors.joining(", ")) + ", was " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
