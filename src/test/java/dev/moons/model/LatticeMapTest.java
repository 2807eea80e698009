package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The lattice heatmap forward (separable first layer) agrees with the network at every lattice point. */
class LatticeMapTest {

    /** Given a non-square lattice split into ragged row blocks, when evaluated, then it matches predict and the point map. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void latticeAgreesWithPredictAndWithThePointMap(Activation f) {
        int h = 8;
        int nx = 37;
        int ny = 23;
        double[] columns = new double[nx];
        double[] rows = new double[ny];
        for (int c = 0; c < nx; c++) {
            columns[c] = -2.0 + 4.5 * c / (nx - 1);
        }
        for (int r = 0; r < ny; r++) {
            rows[r] = 1.8 - 3.9 * r / (ny - 1);
        }
        double[] xy = new double[2 * nx * ny];
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                xy[2 * (r * nx + c)] = columns[c];
                xy[2 * (r * nx + c) + 1] = rows[r];
            }
        }
        Mlp mlp = new Mlp(h, f);
        INDArray points = Nd4j.createFromArray(xy).reshape(nx * ny, 2);
        ProbabilityMap pointMap = new ProbabilityMap(h, f, xy);
        // 5 rows of 37 per block: 4 full blocks and a last one of 3 rows
        ProbabilityMap blocked = new ProbabilityMap(h, f, columns, rows, 5 * nx + 3);
        ProbabilityMap whole = ProbabilityMap.lattice(h, f, columns, rows);
        double[] pb = new double[nx * ny];
        double[] pw = new double[nx * ny];
        double[] pp = new double[nx * ny];
        for (long seed = 1; seed <= 3; seed++) {
            INDArray theta = TestData.theta(h, seed);
            blocked.probabilities(theta, pb);
            whole.probabilities(theta, pw);
            pointMap.probabilities(theta, pp);
            double[] expected = mlp.predict(theta, points).toDoubleVector();
            for (int i = 0; i < pb.length; i++) {
                assertEquals(expected[i], pb[i], 1e-5, f + " seed " + seed + ", blocked, point " + i);
                assertEquals(expected[i], pw[i], 1e-5, f + " seed " + seed + ", whole, point " + i);
                assertEquals(pp[i], pw[i], 1e-6, f + " seed " + seed + ", vs point map, point " + i);
            }
        }
    }

    @Test
    void emptyAxisIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMap.lattice(4, Activation.RELU, new double[0], new double[] {1.0}));
        assertEquals("a lattice needs ≥ 1 column and ≥ 1 row, was 0x1", e.getMessage());
    }
}
