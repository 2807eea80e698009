package dev.moons.landscape;

/** The few dense-vector operations the plane needs, on double[] of one length. */
final class Vec {
    private Vec() {}

    /** Σ u_i v_i. */
    static double dot(double[] u, double[] v) {
        double s = 0.0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    /** ‖u‖₂. */
    static double norm(double[] u) {
        return Math.sqrt(dot(u, u));
    }

    /** u − v, a new array. */
    static double[] minus(double[] u, double[] v) {
        double[] d = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            d[i] = u[i] - v[i];
        }
        return d;
    }

    /** u ← u − c·v, in place. */
    static void subtractScaled(double[] u, double c, double[] v) {
        for (int i = 0; i < u.length; i++) {
            u[i] -= c * v[i];
        }
    }

    /** u / ‖u‖, a new array. */
    static double[] unit(double[] u) {
        double n = norm(u);
        double[] e = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            e[i] = u[i] / n;
        }
        return e;
    }
}
