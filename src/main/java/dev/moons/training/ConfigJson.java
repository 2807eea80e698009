package dev.moons.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moons.data.DataShape;
import dev.moons.io.JsonFields;
import dev.moons.model.Activation;
import java.util.List;

/**
 * {@link Config} as JSON, the one writer and reader of the "config" object of summary.json, sweep.json, session
 * files and the app's settings file. Keys, in this order: samples, noise, train_ratio, hidden, epochs, lr, alpha0,
 * rho, c, batch, seed, seeds, warm_start, activation (its CLI name), dataset (its CLI name), factor, turns,
 * distance, weight_decay, methods, momentum, beta1, beta2, eps, c2, sls_c, gamma, eta_max; the dataset's four are
 * written only when one differs from its default, weight_decay only when not 0, methods (an array of names) only
 * when not fixed, backtracking, and each method setting only when not its default; all of these are optional when
 * read (missing: two moons without weight decay, fixed against backtracking, the defaults), so files written
 * before them read as they always did and default files are byte-identical. It lives beside Config, not in io/, because io/
 * is the ground floor and must not know training; the typed node readers it uses are io/'s {@link JsonFields}.
 * Faults throw {@link JsonFields.BadValue} naming the key's path, or Config's own one-line reason as
 * "{@code path}: reason".
 */
public final class ConfigJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every key of a config object, in the order written. */
    public static final List<String> KEYS = List.of("samples", "noise", "train_ratio", "hidden", "epochs", "lr",
            "alpha0", "rho", "c", "batch", "seed", "seeds", "warm_start", "activation", "dataset", "factor", "turns",
            "distance", "weight_decay", "methods", "momentum", "beta1", "beta2", "eps", "c2", "sls_c", "gamma",
            "eta_max");

    // the method settings' keys with their rows, in the order written
    private static final List<Parameter> METHOD_ROWS = List.of(Parameter.MOMENTUM, Parameter.BETA1, Parameter.BETA2,
            Parameter.EPS, Parameter.C2, Parameter.SLS_C, Parameter.GAMMA, Parameter.ETA_MAX);

    private ConfigJson() {}

    /** The keys of the config object {@code node} that are not in {@link #KEYS} (a typo like "hiden"). */
    public static List<String> unknownKeys(JsonNode node) {
        List<String> unknown = new java.util.ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                if (!KEYS.contains(k)) {
                    unknown.add(k);
                }
            });
        }
        return unknown;
    }

    /** Every setting of {@code c}, snake_case (see the class comment). */
    public static ObjectNode write(Config c) {
        ObjectNode node = NODES.objectNode();
        node.put("samples", c.samples());
        JsonFields.put(node, "noise", c.noise());
        JsonFields.put(node, "train_ratio", c.trainRatio());
        node.put("hidden", c.hidden());
        node.put("epochs", c.epochs());
        JsonFields.put(node, "lr", c.lr());
        JsonFields.put(node, "alpha0", c.alpha0());
        JsonFields.put(node, "rho", c.rho());
        JsonFields.put(node, "c", c.c());
        node.put("batch", c.batch());
        node.put("seed", c.seed());
        node.put("seeds", c.seeds());
        node.put("warm_start", c.warmStart());
        node.put("activation", c.activation().cliName());
        // written only when not the defaults, so a two-moons config without weight decay reads as it always did
        if (c.dataset() != Config.DEFAULT_DATASET || c.factor() != Config.DEFAULT_FACTOR
                || c.turns() != Config.DEFAULT_TURNS || c.distance() != Config.DEFAULT_DISTANCE) {
            node.put("dataset", c.dataset().cliName());
            JsonFields.put(node, "factor", c.factor());
            JsonFields.put(node, "turns", c.turns());
            JsonFields.put(node, "distance", c.distance());
        }
        if (c.weightDecay() != 0) {
            JsonFields.put(node, "weight_decay", c.weightDecay());
        }
        if (!c.methods().equals(Method.DEFAULTS)) {
            com.fasterxml.jackson.databind.node.ArrayNode names = node.putArray("methods");
            c.methods().forEach(m -> names.add(m.id()));
        }
        putMethodValues(node, c.methodSettings());
        return node;
    }

    // each method setting that is not at its default, so default files keep their bytes
    private static void putMethodValues(ObjectNode node, MethodSettings m) {
        double[] values = methodValues(m);
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], METHOD_ROWS.get(i).defaultDouble()) != 0) {
                JsonFields.put(node, METHOD_ROWS.get(i).jsonKey(), values[i]);
            }
        }
    }

    private static double[] methodValues(MethodSettings m) {
        return new double[] {m.momentum(), m.beta1(), m.beta2(), m.eps(), m.c2(), m.slsC(), m.gamma(), m.etaMax()};
    }

    // the method settings at node, a missing key taking its value from fallback
    private static MethodSettings methodSettings(JsonNode node, MethodSettings fallback, String path) {
        double[] v = methodValues(fallback);
        for (int i = 0; i < v.length; i++) {
            v[i] = doubleKey(node, METHOD_ROWS.get(i).jsonKey(), v[i], path);
        }
        List<Method> methods = fallback.methods();
        if (node.has("methods")) {
            JsonNode list = JsonFields.array(JsonFields.field(node, "methods", path), JsonFields.path(path, "methods"));
            List<Method> named = new java.util.ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(Method.of(JsonFields.text(list.get(i), JsonFields.path(path, "methods") + "[" + i + "]")));
            }
            methods = named;
        }
        return new MethodSettings(methods, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /**
     * The optimizer settings of {@code c} only: lr, alpha0, rho, c, warm_start, then each method setting that is
     * not at its default.
     */
    public static ObjectNode writeOptimizer(Config c) {
        ObjectNode node = NODES.objectNode();
        JsonFields.put(node, "lr", c.lr());
        JsonFields.put(node, "alpha0", c.alpha0());
        JsonFields.put(node, "rho", c.rho());
        JsonFields.put(node, "c", c.c());
        node.put("warm_start", c.warmStart());
        putMethodValues(node, c.methodSettings());
        return node;
    }

    /** The config at {@code path}; every key is required. */
    public static Config read(JsonNode node, String path) {
        return readOver(object(node, path), null, path);
    }

    /**
     * The config at {@code path}, a missing key taking its value from {@code fallback} (a missing or non-object
     * node gives {@code fallback} itself); a key of the wrong kind still throws.
     */
    public static Config readOver(JsonNode node, Config fallback, String path) {
        JsonNode c = node != null && node.isObject() ? node : NODES.objectNode();
        Config d = fallback;
        try {
            return new Config(
                    intKey(c, "samples", d == null ? null : d.samples(), path),
                    doubleKey(c, "noise", d == null ? null : d.noise(), path),
                    doubleKey(c, "train_ratio", d == null ? null : d.trainRatio(), path),
                    intKey(c, "hidden", d == null ? null : d.hidden(), path),
                    intKey(c, "epochs", d == null ? null : d.epochs(), path),
                    doubleKey(c, "lr", d == null ? null : d.lr(), path),
                    doubleKey(c, "alpha0", d == null ? null : d.alpha0(), path),
                    doubleKey(c, "rho", d == null ? null : d.rho(), path),
                    doubleKey(c, "c", d == null ? null : d.c(), path),
                    intKey(c, "batch", d == null ? null : d.batch(), path),
                    longKey(c, "seed", d == null ? null : d.seed(), path),
                    intKey(c, "seeds", d == null ? null : d.seeds(), path),
                    boolKey(c, "warm_start", d == null ? null : d.warmStart(), path),
                    activationKey(c, d == null ? null : d.activation(), path),
                    datasetKey(c, d == null ? Config.DEFAULT_DATASET : d.dataset(), path),
                    doubleKey(c, "factor", d == null ? Config.DEFAULT_FACTOR : d.factor(), path),
                    doubleKey(c, "turns", d == null ? Config.DEFAULT_TURNS : d.turns(), path),
                    doubleKey(c, "distance", d == null ? Config.DEFAULT_DISTANCE : d.distance(), path),
                    doubleKey(c, "weight_decay", d == null ? 0.0 : d.weightDecay(), path),
                    methodSettings(c, d == null ? MethodSettings.defaults() : d.methodSettings(), path));
        } catch (JsonFields.BadValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonFields.BadValue(path, e.getMessage());
        }
    }

    /**
     * {@code base} with the optimizer settings at {@code path} (lr, alpha0, rho, c, warm_start, all required; a
     * missing method setting is its default).
     */
    public static Config readOptimizer(JsonNode node, Config base, String path) {
        JsonNode o = object(node, path);
        try {
            return base.withLr(doubleKey(o, "lr", null, path)).withLineSearch(doubleKey(o, "alpha0", null, path),
                    doubleKey(o, "rho", null, path), doubleKey(o, "c", null, path),
                    boolKey(o, "warm_start", null, path))
                    .withMethodSettings(methodSettings(o, MethodSettings.defaults().withMethods(base.methods()), path)
                            .withMethods(base.methods()));
        } catch (JsonFields.BadValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonFields.BadValue(path, e.getMessage());
        }
    }

    private static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonFields.BadValue(path, "must be a JSON object");
        }
        return node;
    }

    private static int intKey(JsonNode c, String key, Integer fallback, String path) {
        if (fallback != null && !c.has(key)) {
            return fallback;
        }
        return JsonFields.integer(JsonFields.field(c, key, path), JsonFields.path(path, key));
    }

    private static double doubleKey(JsonNode c, String key, Double fallback, String path) {
        if (fallback != null && !c.has(key)) {
            return fallback;
        }
        return JsonFields.number(JsonFields.field(c, key, path), JsonFields.path(path, key));
    }

    private static long longKey(JsonNode c, String key, Long fallback, String path) {
        if (fallback != null && !c.has(key)) {
            return fallback;
        }
        return JsonFields.longValue(JsonFields.field(c, key, path), JsonFields.path(path, key));
    }

    private static boolean boolKey(JsonNode c, String key, Boolean fallback, String path) {
        if (fallback != null && !c.has(key)) {
            return fallback;
        }
        return JsonFields.bool(JsonFields.field(c, key, path), JsonFields.path(path, key));
    }

    private static Activation activationKey(JsonNode c, Activation fallback, String path) {
        if (fallback != null && !c.has("activation")) {
            return fallback;
        }
        return Activation.fromName(JsonFields.text(JsonFields.field(c, "activation", path),
                JsonFields.path(path, "activation")));
    }

    private static DataShape datasetKey(JsonNode c, DataShape fallback, String path) {
        if (!c.has("dataset")) {
            return fallback;
        }
        return DataShape.fromName(JsonFields.text(JsonFields.field(c, "dataset", path),
                JsonFields.path(path, "dataset")));
    }
}
