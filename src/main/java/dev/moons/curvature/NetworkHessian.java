package dev.moons.curvature;

import dev.moons.model.Activation;
import java.util.Arrays;

/**
 * The exact Hessian of the mean training BCE of the 2-H-1 network, for θ [4H+1] in the session layout
 * (w1 row-major [2,H], b1 [H], w2 [H], b2). Per point, with logit z, s = σ(z) and r = s − y,
 * ∇²ℓ = s(1−s)·∇z∇zᵀ + r·∇²z; ∇²z is sparse: within unit j, w2_j f″_j u uᵀ on (w1_0j, w1_1j, b1_j) with
 * u = (x0, x1, 1), and f′_j u between those and w2_j. ReLU's f″ is 0 (a.e.), but its w1–w2 cross terms are not.
 * Plain double loops: O(n·p²) for the matrix, O(n·H) for one Hessian-vector product. Not thread-safe.
 */
public final class NetworkHessian {
    private final int hidden;
    private final Activation activation;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] act;
    private final double[] slope;
    private final double[] bend;
    private final double[] gradZ;

    /** Binds to x [n·2] (row-major pairs) and y [n] (0/1) for H hidden units with activation f; arrays are copied. */
    public NetworkHessian(int hidden, Activation f, double[] x, double[] y) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden must be >= 1, was " + hidden);
        }
        if (x.length != 2 * y.length || y.length < 1) {
            throw new IllegalArgumentException("need x of length 2n and y of length n >= 1, were " + x.length
                    + " and " + y.length);
        }
        this.hidden = hidden;
        this.activation = f;
        this.n = y.length;
        this.x = x.clone();
        this.y = y.clone();
        this.act = new double[hidden];
        this.slope = new double[hidden];
        this.bend = new double[hidden];
        this.gradZ = new double[4 * hidden + 1];
    }

    /** p = 4H+1. */
    public int dimension() {
        return 4 * hidden + 1;
    }

    public int hidden() {
        return hidden;
    }

    public Activation activation() {
        return activation;
    }

    /** ∇²L(θ) [p][p] for θ [p], symmetric. */
    public double[][] matrix(double[] theta) {
        check(theta);
        int h = hidden;
        int p = dimension();
        double[][] m = new double[p][p];
        // per unit: Σ r f″ u uᵀ (3×3) and Σ r f′ u (3), scaled by w2_j at the end
        double[][] curl = new double[h][9];
        double[][] cross = new double[h][3];
        for (int i = 0; i < n; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            // forward
            double z = forward(theta, x0, x1);
            double s = sigmoid(z);
            double c = s * (1.0 - s);
            double r = s - y[i];
            // ∇z
            for (int j = 0; j < h; j++) {
                double d = theta[3 * h + j] * slope[j];
                gradZ[j] = d * x0;
                gradZ[h + j] = d * x1;
                gradZ[2 * h + j] = d;
                gradZ[3 * h + j] = act[j];
            }
            gradZ[4 * h] = 1.0;
            // Gauss–Newton part, upper triangle: c ∇z∇zᵀ
            for (int a = 0; a < p; a++) {
                double ga = c * gradZ[a];
                if (ga == 0.0) {
                    continue;
                }
                double[] row = m[a];
                for (int b = a; b < p; b++) {
                    row[b] += ga * gradZ[b];
                }
            }
            // residual part: r ∇²z
            for (int j = 0; j < h; j++) {
                double rb = r * bend[j];
                double[] cj = curl[j];
                if (rb != 0.0) {
                    cj[0] += rb * x0 * x0;
                    cj[1] += rb * x0 * x1;
                    cj[2] += rb * x0;
                    cj[4] += rb * x1 * x1;
                    cj[5] += rb * x1;
                    cj[8] += rb;
                }
                double rs = r * slope[j];
                cross[j][0] += rs * x0;
                cross[j][1] += rs * x1;
                cross[j][2] += rs;
            }
        }
        for (int j = 0; j < h; j++) {
            int[] idx = {j, h + j, 2 * h + j};
            double w2 = theta[3 * h + j];
            for (int a = 0; a < 3; a++) {
                for (int b = a; b < 3; b++) {
                    add(m, idx[a], idx[b], w2 * curl[j][3 * a + b]);
                }
                add(m, idx[a], 3 * h + j, cross[j][a]);
            }
        }
        // mean, and mirror the upper triangle
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                m[a][b] /= n;
                m[b][a] = m[a][b];
            }
        }
        return m;
    }

    /** out [p] = ∇²L(θ) · v [p], without forming the matrix. */
    public void times(double[] theta, double[] v, double[] out) {
        check(theta);
        if (v.length != dimension() || out.length != dimension()) {
            throw new IllegalArgumentException("v and out must have length " + dimension());
        }
        int h = hidden;
        Arrays.fill(out, 0.0);
        for (int i = 0; i < n; i++) {
            double x0 = x[2 * i];
            double x1 = x[2 * i + 1];
            double z = forward(theta, x0, x1);
            double s = sigmoid(z);
            double c = s * (1.0 - s);
            double r = s - y[i];
            // ∇z · v
            double gv = v[4 * h];
            for (int j = 0; j < h; j++) {
                double d = theta[3 * h + j] * slope[j];
                gv += d * (x0 * v[j] + x1 * v[h + j] + v[2 * h + j]) + act[j] * v[3 * h + j];
            }
            double cg = c * gv / n;
            double rn = r / n;
            out[4 * h] += cg;
            for (int j = 0; j < h; j++) {
                double w2 = theta[3 * h + j];
                double d = w2 * slope[j];
                // u·v over this unit's (w1_0j, w1_1j, b1_j)
                double uv = x0 * v[j] + x1 * v[h + j] + v[2 * h + j];
                double inner = cg * d + rn * (w2 * bend[j] * uv + slope[j] * v[3 * h + j]);
                out[j] += inner * x0;
                out[h + j] += inner * x1;
                out[2 * h + j] += inner;
                out[3 * h + j] += cg * act[j] + rn * slope[j] * uv;
            }
        }
    }

    /**
     * This Hessian at a fixed θ [p] as an operator for Lanczos: the forward pass is done once here (per point
     * ∇z, f′, f″, s(1−s), σ−y; O(n·H) memory), so each product costs only multiply-adds.
     */
    public HessianVectorProduct at(double[] theta) {
        check(theta);
        int h = hidden;
        int p = dimension();
        double[] curvature = new double[n];
        double[] residual = new double[n];
        double[] acts = new double[n * h];
        double[] slopes = new double[n * h];
        double[] bends = new double[n * h];
        for (int i = 0; i < n; i++) {
            double z = forward(theta, x[2 * i], x[2 * i + 1]);
            double s = sigmoid(z);
            curvature[i] = s * (1.0 - s) / n;
            residual[i] = (s - y[i]) / n;
            System.arraycopy(act, 0, acts, i * h, h);
            System.arraycopy(slope, 0, slopes, i * h, h);
            System.arraycopy(bend, 0, bends, i * h, h);
        }
        double[] w2 = java.util.Arrays.copyOfRange(theta, 3 * h, 4 * h);
        return new HessianVectorProduct() {
            @Override
            public int dimension() {
                return p;
            }

            @Override
            public void times(double[] v, double[] out) {
                Arrays.fill(out, 0.0);
                for (int i = 0; i < n; i++) {
                    double x0 = x[2 * i];
                    double x1 = x[2 * i + 1];
                    int o = i * h;
                    double gv = v[4 * h];
                    for (int j = 0; j < h; j++) {
                        double uv = x0 * v[j] + x1 * v[h + j] + v[2 * h + j];
                        gv += w2[j] * slopes[o + j] * uv + acts[o + j] * v[3 * h + j];
                    }
                    double cg = curvature[i] * gv;
                    double rn = residual[i];
                    out[4 * h] += cg;
                    for (int j = 0; j < h; j++) {
                        double sl = slopes[o + j];
                        double uv = x0 * v[j] + x1 * v[h + j] + v[2 * h + j];
                        double inner = cg * w2[j] * sl + rn * (w2[j] * bends[o + j] * uv + sl * v[3 * h + j]);
                        out[j] += inner * x0;
                        out[h + j] += inner * x1;
                        out[2 * h + j] += inner;
                        out[3 * h + j] += cg * acts[o + j] + rn * sl * uv;
                    }
                }
            }
        };
    }

    // the hidden layer for one point into pre/act/slope/bend; returns the logit z
    private double forward(double[] theta, double x0, double x1) {
        int h = hidden;
        double z = theta[4 * h];
        for (int j = 0; j < h; j++) {
            double v = x0 * theta[j] + x1 * theta[h + j] + theta[2 * h + j];
            double a = activation.apply(v);
            act[j] = a;
            slope[j] = activation.derivative(v, a);
            bend[j] = Curvatures.secondDerivative(activation, v, a);
            z += a * theta[3 * h + j];
        }
        return z;
    }

    private void check(double[] theta) {
        if (theta.length != dimension()) {
            throw new IllegalArgumentException("θ length must be " + dimension() + ", was " + theta.length);
        }
    }

    // adds to the upper triangle
    private static void add(double[][] m, int a, int b, double value) {
        if (a <= b) {
            m[a][b] += value;
        } else {
            m[b][a] += value;
        }
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
