package dev.moons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.io.AtomicFiles;
import dev.moons.landscape.Landscape;
import dev.moons.landscape.PathPoint;
import dev.moons.landscape.Profile;
import dev.moons.landscape.Surface;
import dev.moons.training.Config;
import dev.moons.training.ConfigJson;
import dev.moons.training.CsvNumber;
import java.io.IOException;
import java.nio.file.Path;

/** The text files of a landscape: landscape.json, landscape.csv, paths.csv and profile.csv. */
public final class LandscapeFiles {
    /** The CSV headers, as the command's contract spells them. */
    public static final String SURFACE_HEADER = "a,b,train_loss";
    public static final String PATHS_HEADER = "method,epoch,a,b,residual,train_loss";
    public static final String PROFILE_HEADER = "t,train_loss";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LandscapeFiles() {}

    /** {"config", "plane", "theta0", "e1", "e2", "a", "b"}: θ in the session layout (w1 [2,H] row-major, b1, w2, b2). */
    public static String json(Config config, Landscape landscape) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("config", ConfigJson.write(config));
        root.put("plane", landscape.plane().kind().id());
        array(root.putArray("theta0"), landscape.plane().origin());
        array(root.putArray("e1"), landscape.plane().e1());
        array(root.putArray("e2"), landscape.plane().e2());
        array(root.putArray("a"), landscape.surface().a());
        array(root.putArray("b"), landscape.surface().b());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void array(ArrayNode node, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                node.add(v);
            } else {
                node.addNull();
            }
        }
    }

    /** a,b,train_loss for every grid point, b outer, a inner. */
    public static String surfaceCsv(Surface s) {
        StringBuilder csv = new StringBuilder(SURFACE_HEADER).append('\n');
        for (int j = 0; j < s.b().length; j++) {
            for (int i = 0; i < s.a().length; i++) {
                csv.append(num(s.a()[i])).append(',').append(num(s.b()[j])).append(',').append(num(s.at(i, j)))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /** method,epoch,a,b,residual,train_loss for every kept epoch of every run, lane order (fixed first by default). */
    public static String pathsCsv(Landscape landscape) {
        StringBuilder csv = new StringBuilder(PATHS_HEADER).append('\n');
        for (PathPoint p : landscape.paths()) {
            csv.append(p.method().id()).append(',').append(p.epoch()).append(',').append(num(p.a())).append(',')
                    .append(num(p.b())).append(',').append(num(p.residual())).append(',').append(num(p.trainLoss()))
                    .append('\n');
        }
        return csv.toString();
    }

    /** t,train_loss along θ_first(T) → θ_second(T), the first two methods (fixed → backtracking by default). */
    public static String profileCsv(Profile profile) {
        StringBuilder csv = new StringBuilder(PROFILE_HEADER).append('\n');
        for (int k = 0; k < profile.t().length; k++) {
            csv.append(num(profile.t()[k])).append(',').append(num(profile.loss()[k])).append('\n');
        }
        return csv.toString();
    }

    /** Writes the four text files into {@code dir} (which must exist), each atomically. */
    public static void write(Config config, Landscape landscape, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("landscape.json"), json(config, landscape));
        AtomicFiles.writeString(dir.resolve("landscape.csv"), surfaceCsv(landscape.surface()));
        AtomicFiles.writeString(dir.resolve("paths.csv"), pathsCsv(landscape));
        AtomicFiles.writeString(dir.resolve("profile.csv"), profileCsv(landscape.between()));
    }

    private static String num(double v) {
        return CsvNumber.of(v);
    }
}
