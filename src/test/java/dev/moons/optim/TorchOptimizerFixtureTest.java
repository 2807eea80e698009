package dev.moons.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.model.Nd4jRuntime;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Momentum, Nesterov and Adam against real PyTorch: θ after each of 5 steps of torch.optim.SGD / Adam in float64,
 * written by src/test/python/torch_optim_fixture.py, reproduced to 1e-12.
 */
class TorchOptimizerFixtureTest {
    private static JsonNode fixture;

    @BeforeAll
    static void load() throws IOException {
        Nd4jRuntime.ensureConfigured();
        try (InputStream in = TorchOptimizerFixtureTest.class.getResourceAsStream("torch-optim-fixture.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyRunReproducesPyTorchsParametersStepByStep() {
        double[][] a = matrix(fixture.get("A"));
        double[] target = vector(fixture.get("target"));
        int checked = 0;
        for (JsonNode run : fixture.get("runs")) {
            Optimizer optimizer = optimizer(run);
            assertEquals(run.get("method").asText(), optimizer.name());
            INDArray theta = Nd4j.createFromArray(vector(fixture.get("theta0")));
            for (JsonNode expected : run.get("thetas")) {
                double[] t = theta.toDoubleVector();
                optimizer.step(theta, Nd4j.createFromArray(gradient(a, target, t)), Double.NaN, x -> {
                    throw new AssertionError("no loss evaluation expected");
                });
                assertArrayEquals(vector(expected), theta.toDoubleVector(), 1e-12, run.toString());
                checked++;
            }
            double moved = 0;
            double[] start = vector(fixture.get("theta0"));
            for (int i = 0; i < start.length; i++) {
                moved += Math.abs(theta.getDouble(i) - start[i]);
            }
            assertTrue(moved > 0.1, "the fixture's steps move θ: " + moved);
        }
        assertEquals(25, checked);
    }

    private static Optimizer optimizer(JsonNode run) {
        double lr = run.get("lr").asDouble();
        if (run.get("method").asText().equals(Adam.NAME)) {
            return new Adam(lr, run.get("beta1").asDouble(), run.get("beta2").asDouble(), run.get("eps").asDouble());
        }
        return new Momentum(lr, run.get("mu").asDouble(), run.get("nesterov").asBoolean());
    }

    // ∇L = A(θ − t) + θ³ for L = ½(θ − t)ᵀA(θ − t) + ¼Σθ⁴, the fixture's problem
    private static double[] gradient(double[][] a, double[] target, double[] theta) {
        double[] g = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            for (int j = 0; j < theta.length; j++) {
                g[i] += a[i][j] * (theta[j] - target[j]);
            }
            g[i] += theta[i] * theta[i] * theta[i];
        }
        return g;
    }

    private static double[] vector(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = node.get(i).asDouble();
        }
        return v;
    }

    private static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(node.get(i));
        }
        return m;
    }
}
