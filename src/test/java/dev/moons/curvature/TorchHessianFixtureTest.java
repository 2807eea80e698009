package dev.moons.curvature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.model.Activation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exact Hessian against an independent reference: PyTorch's autograd Hessian (float64) of the mean BCE of the
 * 2-6-1 network at θ after 30 epochs on 60 standardized moons (src/test/python/hessian_fixture.py on the input
 * {@link TorchFixtureExport} wrote, all in src/test/resources/curvature). λ_max by Lanczos and the top five
 * eigenvalues of the full decomposition agree to 1e-9 relative; the whole spectrum to 1e-12 of λ_max.
 */
class TorchHessianFixtureTest {
    private static final int TOP = 5;

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"RELU", "TANH"})
    void spectrumMatchesPyTorch(Activation f) throws IOException {
        // given the fixture's points, θ and PyTorch's eigenvalues
        List<double[]> points = rows("points.csv");
        double[] x = new double[2 * points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[2 * i] = points.get(i)[0];
            x[2 * i + 1] = points.get(i)[1];
            y[i] = points.get(i)[2];
        }
        String name = f.name().toLowerCase(Locale.ROOT);
        double[] theta = rows("theta-" + name + ".csv").stream().mapToDouble(r -> r[0]).toArray();
        double[] torch = torchEigenvalues(name);
        assertEquals(theta.length, torch.length, "one eigenvalue per parameter");
        // when the Java code forms the Hessian and its λ_max
        double[] java = Hessian.at(x, y, theta, f).spectrum().eigenvalues();
        int hidden = (theta.length - 1) / 4;
        double lanczos = new Sharpness(hidden, f, x, y).at(theta);
        // then they agree with PyTorch
        assertTrue(torch[0] > 0.1, "a non-trivial λ_max: " + torch[0]);
        assertEquals(torch[0], lanczos, 1e-9 * torch[0], "λ_max by Lanczos");
        for (int k = 0; k < TOP; k++) {
            assertEquals(torch[k], java[k], 1e-9 * Math.abs(torch[k]), "λ_" + (k + 1));
        }
        for (int k = 0; k < torch.length; k++) {
            assertEquals(torch[k], java[k], 1e-12 * torch[0], "eigenvalue " + k);
        }
    }

    private static double[] torchEigenvalues(String activation) throws IOException {
        List<Double> values = new ArrayList<>();
        for (String line : lines("torch-hessian-eigenvalues.csv")) {
            String[] cells = line.split(",");
            if (cells[0].equals(activation)) {
                assertEquals(values.size(), Integer.parseInt(cells[1]));
                values.add(Double.parseDouble(cells[2]));
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // the numeric rows of a CSV with a header line
    private static List<double[]> rows(String file) throws IOException {
        List<double[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cells = line.split(",");
            double[] row = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = Double.parseDouble(cells[i]);
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = TorchHessianFixtureTest.class.getResourceAsStream("/curvature/" + file)) {
            if (in == null) {
                throw new IOException("missing fixture resource /curvature/" + file);
            }
            List<String> all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            return all.subList(1, all.size());
        }
    }
}
