package dev.moons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plane, the surface, the projections and the profiles on a small trained comparison. */
class LandscapeTest {
    private static final Config SMALL = Config.defaults().withSamples(200).withEpochs(150).withHidden(8);
    private static Comparison comparison;
    private static Trajectories runs;

    @BeforeAll
    static void train() {
        comparison = Comparison.create(SMALL, Seeds.of(42));
        EpochArchive archive = new EpochArchive(4 * 8 + 1);
        archive.keep(comparison);
        while (!comparison.isDone()) {
            comparison.stepBoth((m, r) -> { });
            archive.keep(comparison);
        }
        runs = Trajectories.of(comparison, archive);
    }

    private static void assertOrthonormal(Plane plane) {
        assertEquals(1.0, Vec.dot(plane.e1(), plane.e1()), 1e-12);
        assertEquals(1.0, Vec.dot(plane.e2(), plane.e2()), 1e-12);
        assertEquals(0.0, Vec.dot(plane.e1(), plane.e2()), 1e-12);
    }

    @Test
    void everyPlaneHasAnOrthonormalBasis() {
        for (PlaneKind kind : List.of(PlaneKind.ENDPOINTS, PlaneKind.PCA, PlaneKind.RANDOM)) {
            assertOrthonormal(Planes.choose(kind, runs, 7));
        }
    }

    @Test
    void degenerateDirectionsStillGiveTwoOrthonormalVectors() {
        double[] origin = new double[33];
        double[] u = new double[33];
        u[3] = 2.0;
        assertOrthonormal(Plane.spannedBy(PlaneKind.ENDPOINTS, origin, u, u.clone()));
        assertOrthonormal(Plane.spannedBy(PlaneKind.ENDPOINTS, origin, new double[33], new double[33]));
    }

    @Test
    void endpointsLieInTheirPlaneAndTheSurfaceThereIsTheRecordedLoss() {
        Landscape landscape = Landscape.compute(runs, ThetaLoss.training(comparison.problem()),
                LandscapeSettings.defaults(42));
        ThetaLoss loss = ThetaLoss.training(comparison.problem());
        for (Method m : Method.DEFAULTS) {
            PathPoint end = landscape.path(m).get(landscape.path(m).size() - 1);
            double[] theta = runs.end(m).theta();
            assertEquals(comparison.run(m).epoch(), end.epoch());
            assertTrue(end.residual() < 1e-9 * Vec.norm(theta), m + " residual " + end.residual());
            double recorded = comparison.run(m).last().trainLoss();
            double surface = loss.at(landscape.plane().point(end.a(), end.b()));
            assertEquals(recorded, surface, 1e-9 * recorded, m.id());
            assertEquals(recorded, end.trainLoss(), 1e-12 * recorded);
        }
    }

    @Test
    void aGridValueIsTheLossAtThatPointOfThePlane() {
        LandscapeSettings settings = new LandscapeSettings(PlaneKind.RANDOM, 11, 0.5, 3);
        Landscape landscape = Landscape.compute(runs, ThetaLoss.training(comparison.problem()), settings);
        Surface s = landscape.surface();
        ThetaLoss direct = ThetaLoss.training(comparison.problem());
        for (int[] ij : new int[][] {{0, 0}, {3, 7}, {10, 10}, {5, 5}}) {
            double[] theta = landscape.plane().point(s.a()[ij[0]], s.b()[ij[1]]);
            assertEquals(direct.at(theta), s.at(ij[0], ij[1]), 1e-12);
        }
        assertEquals(11 * 11, s.loss().length);
    }

    @Test
    void theGridCoversBothPathsWithAMargin() {
        Landscape landscape = Landscape.compute(runs, ThetaLoss.training(comparison.problem()),
                LandscapeSettings.defaults(42));
        double[] a = landscape.surface().a();
        double[] b = landscape.surface().b();
        for (PathPoint p : landscape.paths()) {
            assertTrue(p.a() > a[0] && p.a() < a[a.length - 1] && p.b() > b[0] && p.b() < b[b.length - 1],
                    p.toString());
        }
        assertEquals(61, a.length);
    }

    @Test
    void pcaOnAPathInAKnownPlaneRecoversThatPlane() {
        Random rng = new Random(5);
        int p = 33;
        double[] theta0 = gaussian(rng, p);
        Plane known = Plane.spannedBy(PlaneKind.ENDPOINTS, theta0, gaussian(rng, p), gaussian(rng, p));
        List<double[]> displacements = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            double a = 3.0 * k / 40;
            double b = Math.sin(k / 6.0);
            displacements.add(Vec.minus(known.point(a, b), theta0));
        }
        Plane pca = Planes.pca(theta0, displacements);
        assertOrthonormal(pca);
        for (double[] e : new double[][] {pca.e1(), pca.e2()}) {
            double inside = Math.hypot(Vec.dot(e, known.e1()), Vec.dot(e, known.e2()));
            assertEquals(1.0, inside, 1e-9);
        }
        for (double[] d : displacements) {
            double[] theta = d.clone();
            for (int i = 0; i < p; i++) {
                theta[i] += theta0[i];
            }
            assertTrue(pca.project(theta).residual() < 1e-9);
        }
    }

    @Test
    void randomPlanesAreSeededAndLeaveBiasesAlone() {
        Plane one = Planes.random(runs.theta0(), 8, 11);
        Plane again = Planes.random(runs.theta0(), 8, 11);
        Plane other = Planes.random(runs.theta0(), 8, 12);
        assertEquals(List.of(one.e1()[0], one.e2()[5]), List.of(again.e1()[0], again.e2()[5]));
        assertTrue(one.e1()[0] != other.e1()[0]);
        for (int j = 0; j < 8; j++) {
            assertEquals(0.0, one.e1()[16 + j], 1e-15);
        }
        assertEquals(0.0, one.e2()[32], 1e-15);
    }

    @Test
    void profilesRunBetweenTheEndpointsAndTheHessianPlaneIsRefused() {
        ThetaLoss loss = ThetaLoss.training(comparison.problem());
        Landscape landscape = Landscape.compute(runs, loss, LandscapeSettings.defaults(42));
        Profile between = landscape.between();
        assertEquals(Profile.POINTS, between.t().length);
        assertEquals(comparison.run(Method.FIXED).last().trainLoss(), between.loss()[0], 1e-12);
        assertEquals(comparison.run(Method.BACKTRACKING).last().trainLoss(), between.loss()[Profile.POINTS - 1], 1e-12);
        assertEquals(loss.at(runs.theta0()), landscape.out().get(Method.FIXED).loss()[0], 1e-12);
        assertTrue(between.barrier() >= 0);
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> Planes.choose(PlaneKind.HESSIAN, runs, 1));
        assertEquals("--plane hessian needs the training data's Hessian; use endpoints, pca or random",
                refused.getMessage());
    }

    @Test
    void theHessianPlaneIsSpannedByTheTopTwoEigenvectorsOfBothRunsMeanHessian() {
        ThetaHessian hessian = ThetaHessian.training(comparison.problem());
        Plane plane = Planes.choose(PlaneKind.HESSIAN, runs, 1, hessian);
        assertOrthonormal(plane);
        assertEquals(PlaneKind.HESSIAN, plane.kind());
        double[][] hf = hessian.at(runs.end(Method.FIXED).theta());
        double[][] hb = hessian.at(runs.end(Method.BACKTRACKING).theta());
        int p = hf.length;
        double[][] mean = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                mean[i][j] = (hf[i][j] + hb[i][j]) / 2;
            }
        }
        // an independent eigen-decomposition of the mean Hessian: its two largest eigenvalues
        double[] values = new org.apache.commons.math3.linear.EigenDecomposition(
                org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(mean)).getRealEigenvalues().clone();
        java.util.Arrays.sort(values);
        double[][] e = {plane.e1(), plane.e2()};
        for (int k = 0; k < 2; k++) {
            double lambda = values[p - 1 - k];
            double[] he = new double[p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    he[i] += mean[i][j] * e[k][j];
                }
            }
            assertEquals(lambda, Vec.dot(e[k], he), 1e-10 * Math.abs(lambda), "Rayleigh quotient " + k);
            for (int i = 0; i < p; i++) {
                assertEquals(lambda * e[k][i], he[i], 1e-8 * Math.abs(lambda), "H e = λ e, " + k + "/" + i);
            }
        }
        Landscape landscape = Landscape.compute(runs, ThetaLoss.training(comparison.problem()), hessian,
                LandscapeSettings.defaults(42).withPlane(PlaneKind.HESSIAN));
        assertEquals(PlaneKind.HESSIAN, landscape.plane().kind());
    }

    private static double[] gaussian(Random rng, int p) {
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }
}
