package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.data.Seeds;
import dev.moons.model.Activation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of both runs (all fields but the wall time) and the final weights, bit for bit, against digests
 * captured from the implementation before the speed work of issue 17 (reference-histories.txt): 3 settings × every
 * activation × full batch and two batch sizes (one that divides n_train, one that leaves a short last batch).
 */
class RecordsBitIdentityTest {
    private static final String FIXTURE = "reference-histories.txt";

    /** The settings the fixture covers, by name. */
    static Map<String, Config> cases() {
        Config a = Config.defaults().withSamples(200).withHidden(4).withEpochs(30).withSeed(1);
        Config b = Config.defaults().withSamples(300).withHidden(8).withEpochs(20).withLr(0.5)
                .withLineSearch(2.0, 0.5, 1e-3, true).withSeed(7);
        Config c = Config.defaults().withSamples(150).withNoise(0.3).withHidden(3).withEpochs(25).withLr(3.0)
                .withSeed(11);
        Map<String, Config> cases = new LinkedHashMap<>();
        for (Activation f : Activation.values()) {
            for (int batch : new int[] {0, 35, 32}) {
                cases.put("a-" + f.cliName() + "-b" + batch, a.withActivation(f).withBatch(batch));
                cases.put("b-" + f.cliName() + "-b" + batch, b.withActivation(f).withBatch(batch));
                cases.put("c-" + f.cliName() + "-b" + batch, c.withActivation(f).withBatch(batch));
            }
        }
        return cases;
    }

    static Stream<Arguments> fixture() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = RecordsBitIdentityTest.class.getResourceAsStream(FIXTURE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 2) {
                    rows.add(Arguments.of(parts[0], parts[1]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixture")
    void theRecordsAndWeightsAreTheReferenceImplementations(String name, String expected) {
        assertEquals(expected, digest(cases().get(name)), name);
    }

    /** SHA-256 over both runs' records (every field but timeMs) and final θ, trained to the end. */
    static String digest(Config config) {
        Comparison comparison = Comparison.create(config, Seeds.of(config.seed()));
        comparison.runToEnd((method, record) -> { });
        return digest(comparison.runs());
    }

    /** SHA-256 over the runs' records (every field but timeMs) and final θ. */
    static String digest(List<TrainingRun> runs) {
        StringBuilder s = new StringBuilder();
        for (TrainingRun run : runs) {
            for (EpochRecord r : run.history()) {
                s.append(r.epoch()).append(',').append(bits(r.trainLoss())).append(',').append(bits(r.testLoss()))
                        .append(',').append(bits(r.trainAcc())).append(',').append(bits(r.testAcc())).append(',')
                        .append(bits(r.step())).append(',').append(r.lossEvals()).append(',')
                        .append(bits(r.gradNorm())).append(',').append(r.status()).append('\n');
            }
            for (double v : run.parameterValues()) {
                s.append(bits(v)).append(' ');
            }
            s.append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bits(double v) {
        return Long.toHexString(Double.doubleToRawLongBits(v));
    }

    /** Writes the fixture from the implementation on the class path: {@code main(path)}. */
    public static void main(String[] args) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Config> e : cases().entrySet()) {
            s.append(e.getKey()).append(' ').append(digest(e.getValue())).append('\n');
        }
        Files.writeString(Path.of(args[0]), s.toString());
    }
}
