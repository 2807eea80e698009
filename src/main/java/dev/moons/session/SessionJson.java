package dev.moons.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.moons.data.Seeds;
import dev.moons.io.JsonFields;
import dev.moons.training.Config;
import dev.moons.training.ConfigJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The session file format (JSON, UTF-8), version {@value #VERSION}:
 * <pre>
 * {"format": "moons-session", "version": 2,
 *  "config": {samples, noise, train_ratio, hidden, epochs, lr, alpha0, rho, c, batch, seed, seeds, warm_start,
 *             activation},          (the keys of summary.json's "config"; the settings in effect at the end)
 *  "settings_changes": [{"epoch": e, "from": {lr, alpha0, rho, c, warm_start}, "to": {the same keys}}],
 *                                   (version 2; oldest first, [] when the settings never changed; e is the last
 *                                   epoch trained with "from", "to" applies from epoch e + 1; the settings training
 *                                   started with are "config" with the first change's "from")
 *  "seeds": {data, split, init, batch},
 *  "data": {"source": "moons" | file name, "train": {"x1": [..], "x2": [..], "label": [..]}, "test": {…}},
 *  "runs": {"fixed" | "backtracking": {"status", "diverged_at" (epoch or null), "last_accepted_step",
 *           "theta": [4H+1], "history": {"epoch", "train_loss", "test_loss", "train_acc", "test_acc", "step",
 *           "loss_evals", "grad_norm", "time_ms", "status": one array per field; "sharpness" optional},
 *           "sharpness_every" (optional, only when &gt; 0): k, the run's λ_max interval in epochs,
 *           "layer_stats" (optional; absent in older files): {"grad_w1", "grad_b1", "grad_w2", "grad_b2",
 *           "grad_layer1", "grad_layer2", "update_ratio1", "update_ratio2": one array per field, entry i = epoch i,
 *           as long as "history"}}},
 *  "archive": {"stride": k, "kept": [{"epoch", "fixed": θ, "backtracking": θ, "step_start": θ or null,
 *              "step": {step_size, loss_evaluations, gradient_norm, loss_before, loss_after, step_taken,
 *                       tried_steps, tried_losses} or null}]}}
 * </pre>
 * Version 3 (issue 18) runs any 2 to 4 methods: "config" then has "methods" (and any method setting not at its
 * default, e.g. "momentum"), "runs" and each kept epoch hold one entry per method named by it, in its order, and a
 * run whose optimizer keeps state (momentum buffer, Adam's m, v and t, sls's η) has "optimizer_state": [..] after
 * its "layer_stats", which a resumed run restores. A session that needs none of this (fixed against backtracking)
 * is still written as version 2, byte for byte as before, so older builds open it.
 * Version 1 is version 2 without "settings_changes"; it still opens, as a session whose settings never changed.
 * Doubles are lossless: a finite value is a JSON number in Java's round-trip decimal form, read back to the same
 * bits (−0.0 included); NaN, Infinity and -Infinity, which JSON has no numbers for, are the strings "NaN",
 * "Infinity", "-Infinity". The reader checks everything and refuses a file with one line naming it and the fault.
 * Writing is {@link SessionWriter}'s job, reading {@link SessionReader}'s and {@link HistoryColumns}'.
 */
public final class SessionJson {
    /** The format name in every session file. */
    public static final String FORMAT = "moons-session";
    /** The version this code writes; it reads this one and every earlier one. */
    public static final int VERSION = 3;
    /** Largest session file read, in bytes (256 MiB: 100,000 epochs and a full archive at H = 256 fit). */
    public static final long MAX_BYTES = 256L << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SessionJson() {}

    /** Writes {@code s} to {@code out} (the stream is not closed). */
    public static void write(Session s, OutputStream out) throws IOException {
        SessionWriter.write(s, out);
    }

    /** The settings of a session file, or of any JSON with a "config" object (and optionally "seeds"). */
    public record Settings(Config config, Seeds seeds, List<String> unknownKeys) {
        /** Settings with no unknown keys. */
        public Settings(Config config, Seeds seeds) {
            this(config, seeds, List.of());
        }
    }

    /** Reads and checks a whole session; throws with one line naming {@code file} and the fault. */
    public static Session read(Path file) throws SessionFileException {
        JsonNode root = parse(file);
        try {
            return SessionReader.session(root, SessionReader.header(root, true));
        } catch (IllegalArgumentException e) {
            throw new SessionFileException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads only the settings of {@code file}: "config" (required, every key) and "seeds" (optional; otherwise all
     * four streams from config.seed). The rest (data, runs, archive) is ignored, so a session file, a summary.json
     * of {@code compare} or a hand-written {"config": {…}} all work.
     */
    public static Settings readSettings(Path file) throws SessionFileException {
        JsonNode root = parse(file);
        try {
            SessionReader.header(root, false);
            JsonNode configNode = JsonFields.field(root, "config", "");
            Config config = ConfigJson.read(configNode, "config");
            Seeds seeds = root.has("seeds") ? SessionReader.seeds(root.get("seeds")) : Seeds.of(config.seed());
            return new Settings(config, seeds, ConfigJson.unknownKeys(configNode));
        } catch (IllegalArgumentException e) {
            throw new SessionFileException(file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path file) throws SessionFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SessionFileException(file + ": " + size + " bytes, more than the limit of " + MAX_BYTES);
            }
            if (Files.isDirectory(file)) {
                throw new SessionFileException(file + ": is a directory");
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new SessionFileException(file + ": empty file");
            }
            if (!root.isObject()) {
                throw new SessionFileException(file + ": not a session (the top level is not a JSON object)");
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new SessionFileException(file + ": no such file", e);
        } catch (MismatchedInputException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new SessionFileException(file + ": content after the end of the JSON document" + where, e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new SessionFileException(file + ": not valid JSON" + where + " (truncated or corrupt)", e);
        } catch (IOException e) {
            throw new SessionFileException(file + ": cannot read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new SessionFileException(file + ": too large to read with this heap", e);
        }
    }
}
