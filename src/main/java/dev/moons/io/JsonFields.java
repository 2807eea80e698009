package dev.moons.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;

/**
 * Typed reading of Jackson trees with the JSON path of each value in every message ("config.lr: must be a number,
 * was true"), and lossless writing of doubles. A fault throws {@link BadValue}, one line. Doubles: a finite value
 * is a JSON number in Java's round-trip decimal form, read back to the same bits (−0.0 included); NaN, Infinity and
 * -Infinity, which JSON has no numbers for, are the strings "NaN", "Infinity", "-Infinity".
 */
public final class JsonFields {
    private JsonFields() {}

    /** A value that is missing or of the wrong kind; the message names its JSON path. */
    public static final class BadValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The fault {@code what} at {@code path} ("" for the top level). */
        public BadValue(String path, String what) {
            super((path.isEmpty() ? "" : path + ": ") + what);
        }
    }

    /** "parent.name", or "name" at the top level. */
    public static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Field {@code name} of the object {@code parent} at {@code parentPath}; throws when missing or not an object. */
    public static JsonNode field(JsonNode parent, String name, String parentPath) {
        if (parent == null || !parent.isObject()) {
            throw new BadValue(parentPath, "must be a JSON object");
        }
        JsonNode node = parent.get(name);
        if (node == null) {
            throw new BadValue(path(parentPath, name), "missing");
        }
        return node;
    }

    /** {@code node} if it is an array. */
    public static JsonNode array(JsonNode node, String p) {
        if (node == null || !node.isArray()) {
            throw new BadValue(p, "must be an array");
        }
        return node;
    }

    /** An array of doubles (each as {@link #number}). */
    public static double[] doubles(JsonNode node, String p) {
        array(node, p);
        double[] v = new double[node.size()];
        Iterator<JsonNode> it = node.elements();
        for (int i = 0; it.hasNext(); i++) {
            v[i] = number(it.next(), p + "[" + i + "]");
        }
        return v;
    }

    /** A JSON number, or one of the strings "NaN", "Infinity", "-Infinity". */
    public static double number(JsonNode node, String p) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        String why = node != null && node.isTextual() ? NumberText.explanation(node.textValue()) : "";
        throw new BadValue(p, "must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), was " + brief(node) + why);
    }

    /** A JSON integer that fits an int. */
    public static int integer(JsonNode node, String p) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadValue(p, "must be an integer, was " + brief(node));
        }
        return node.intValue();
    }

    /** A JSON integer that fits a long. */
    public static long longValue(JsonNode node, String p) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new BadValue(p, "must be an integer, was " + brief(node));
        }
        return node.longValue();
    }

    /** true or false. */
    public static boolean bool(JsonNode node, String p) {
        if (node == null || !node.isBoolean()) {
            throw new BadValue(p, "must be true or false, was " + brief(node));
        }
        return node.booleanValue();
    }

    /** A JSON string. */
    public static String text(JsonNode node, String p) {
        if (node == null || !node.isTextual()) {
            throw new BadValue(p, "must be a string, was " + brief(node));
        }
        return node.textValue();
    }

    /** Puts {@code v} losslessly (see the class comment). */
    public static void put(ObjectNode node, String name, double v) {
        if (Double.isFinite(v)) {
            node.put(name, v);
        } else {
            node.put(name, nonFinite(v));
        }
    }

    /** Writes the field {@code name} = {@code v} losslessly. */
    public static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        value(g, v);
    }

    /** Writes the array field {@code name} losslessly. */
    public static void doubles(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            value(g, v);
        }
        g.writeEndArray();
    }

    /** Writes one value losslessly. */
    public static void value(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeString(nonFinite(v));
        }
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    }

    /** The node in at most 40 characters, for messages. */
    public static String brief(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
