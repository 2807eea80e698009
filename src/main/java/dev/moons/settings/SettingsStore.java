package dev.moons.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.data.Seeds;
import dev.moons.io.AtomicFiles;
import dev.moons.io.Messages;
import dev.moons.training.Config;
import dev.moons.training.ConfigJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The app's settings file (JSON). It lives at the system property {@code moons.settings} if set (tests use
 * this), else {@code $XDG_CONFIG_HOME/moons-lab/settings.json}, else {@code ~/.config/moons-lab/settings.json}.
 * Loading never fails: a missing file gives the defaults; a corrupt or unreadable one gives the defaults plus a
 * one-line notice, and the bad file is kept aside as {@code settings.json.bad-<time>}.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    /** A store at {@code file}. */
    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store at the default location (see the class comment). */
    public static SettingsStore atDefaultLocation() {
        String override = System.getProperty("moons.settings");
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("moons-lab").resolve("settings.json"));
    }

    /** Where the settings are kept. */
    public Path file() {
        return file;
    }

    /** The loaded settings and, when the file was bad, a one-line notice saying so. */
    public record Loaded(AppSettings settings, Optional<String> notice) {
    }

    /** Reads the file: defaults when it is missing, defaults and a notice when it is unusable. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(AppSettings.defaults(), Optional.empty());
        }
        try {
            return new Loaded(parse(JSON.readTree(file.toFile())), Optional.empty());
        } catch (IOException | RuntimeException e) {
            String reason = Messages.oneLine(e);
            String kept = keepAside();
            return new Loaded(AppSettings.defaults(), Optional.of("Settings file " + file + " could not be used ("
                    + reason + "); starting with defaults" + kept));
        }
    }

    /** Writes {@code settings} atomically, creating the folder if needed. */
    public void save(AppSettings settings) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.writeString(file, JSON.writeValueAsString(toJson(settings)) + "\n");
    }

    /**
     * The JSON form: {"config": {...snake_case...}, "seeds": {...}, "pace": "1", "window": {"x", "y", "width",
     * "height", "maximized"}}; "window" is left out when not known.
     */
    static ObjectNode toJson(AppSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        root.set("config", ConfigJson.write(s.config()));
        ObjectNode seeds = root.putObject("seeds");
        seeds.put("data", s.seeds().data());
        seeds.put("split", s.seeds().split());
        seeds.put("init", s.seeds().init());
        seeds.put("batch", s.seeds().batch());
        root.put("pace", s.pace());
        s.window().ifPresent(w -> {
            ObjectNode window = root.putObject("window");
            window.put("x", w.x());
            window.put("y", w.y());
            window.put("width", w.width());
            window.put("height", w.height());
            window.put("maximized", w.maximized());
        });
        return root;
    }

    /**
     * Settings from JSON; a missing field takes its default, a wrong one throws, except the window: where it was
     * is only a convenience, so a missing or unusable "window" means "not known".
     */
    static AppSettings parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode c = root.path("config");
        if (c.isObject()) {
            // the app compares one seed at a time: a "seeds" count in the file is not read
            ObjectNode copy = ((ObjectNode) c).deepCopy();
            copy.remove("seeds");
            // nor "methods": the window's two lanes are fixed against backtracking
            copy.remove("methods");
            c = copy;
        }
        Config config = ConfigJson.readOver(c, Config.defaults(), "config");
        JsonNode s = root.path("seeds");
        Seeds seeds = new Seeds(longField(s, "data", config.seed()), longField(s, "split", config.seed()),
                longField(s, "init", config.seed()), longField(s, "batch", config.seed()));
        JsonNode pace = root.path("pace");
        return new AppSettings(config, seeds, pace.isMissingNode() ? "1" : pace.asText(),
                window(root.path("window")));
    }

    private static Optional<WindowState> window(JsonNode w) {
        if (!w.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(windowOf(w));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static WindowState windowOf(JsonNode w) {
        JsonNode maximized = w.path("maximized");
        if (!maximized.isMissingNode() && !maximized.isBoolean()) {
            throw new IllegalArgumentException("window.maximized is not true or false: " + maximized);
        }
        return new WindowState(number(w, "x"), number(w, "y"), number(w, "width"), number(w, "height"),
                maximized.asBoolean(false));
    }

    private static double number(JsonNode node, String name) {
        JsonNode v = node.path(name);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("window." + name + " is not a number: " + v);
        }
        return v.doubleValue();
    }

    private static long longField(JsonNode node, String name, long fallback) {
        JsonNode v = node.path(name);
        if (v.isMissingNode()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(name + " is not an integer: " + v);
        }
        return v.longValue();
    }

    // the unusable file is renamed, not deleted: the user may want what was in it
    private String keepAside() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".bad-" + stamp);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "; it was kept as " + aside.getFileName();
        } catch (IOException e) {
            return "; it could not be moved aside (" + Messages.oneLine(e) + ")";
        }
    }
}
