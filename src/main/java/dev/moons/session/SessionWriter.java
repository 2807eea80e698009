package dev.moons.session;

import static dev.moons.io.JsonFields.doubles;
import static dev.moons.io.JsonFields.number;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moons.data.Dataset;
import dev.moons.optim.StepResult;
import dev.moons.training.ConfigJson;
import dev.moons.training.SettingsChange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Session} as a session file, streaming (the format is described in {@link SessionJson}). */
final class SessionWriter {
    private static final JsonFactory FACTORY = new ObjectMapper().getFactory();

    private SessionWriter() {}

    /** Writes {@code s} to {@code out} (the stream is not closed). */
    static void write(Session s, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("format", SessionJson.FORMAT);
            // a session version 2 can hold is written as version 2, so default files keep their bytes
            g.writeNumberField("version", s.needsVersion3() ? SessionJson.VERSION : 2);
            g.writeFieldName("config");
            g.writeTree(ConfigJson.write(s.config()));
            writeSettingsChanges(g, s);
            g.writeObjectFieldStart("seeds");
            g.writeNumberField("data", s.seeds().data());
            g.writeNumberField("split", s.seeds().split());
            g.writeNumberField("init", s.seeds().init());
            g.writeNumberField("batch", s.seeds().batch());
            g.writeEndObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("source", s.dataSource());
            writePoints(g, "train", s.train());
            writePoints(g, "test", s.test());
            g.writeEndObject();
            g.writeObjectFieldStart("runs");
            for (var run : s.runs().entrySet()) {
                HistoryColumns.writeRun(g, run.getKey().id(), run.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("archive");
            g.writeNumberField("stride", s.stride());
            g.writeArrayFieldStart("kept");
            for (Session.KeptEpoch k : s.kept()) {
                writeKept(g, k);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Version 2's "settings_changes", oldest first and empty when the settings never changed:
     * [{"epoch": e, "from": {lr, alpha0, rho, c, warm_start}, "to": {the same keys}}], e being the last epoch
     * trained with "from" ("to" applies from epoch e + 1); "config" holds the settings after the last change, so
     * the settings training started with are "config" with the first change's "from".
     */
    private static void writeSettingsChanges(JsonGenerator g, Session s) throws IOException {
        g.writeArrayFieldStart("settings_changes");
        for (SettingsChange change : s.settingsChanges()) {
            g.writeStartObject();
            g.writeNumberField("epoch", change.epoch());
            g.writeFieldName("from");
            g.writeTree(ConfigJson.writeOptimizer(change.before()));
            g.writeFieldName("to");
            g.writeTree(ConfigJson.writeOptimizer(change.after()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writePoints(JsonGenerator g, String name, Dataset d) throws IOException {
        g.writeObjectFieldStart(name);
        doubles(g, "x1", d.x1());
        doubles(g, "x2", d.x2());
        g.writeArrayFieldStart("label");
        for (int label : d.labels()) {
            g.writeNumber(label);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeKept(JsonGenerator g, Session.KeptEpoch k) throws IOException {
        g.writeStartObject();
        g.writeNumberField("epoch", k.epoch());
        for (var theta : k.thetas().entrySet()) {
            doubles(g, theta.getKey().id(), theta.getValue());
        }
        if (k.stepStart() == null) {
            g.writeNullField("step_start");
        } else {
            doubles(g, "step_start", k.stepStart());
        }
        StepResult s = k.step();
        if (s == null) {
            g.writeNullField("step");
        } else {
            g.writeObjectFieldStart("step");
            number(g, "step_size", s.stepSize());
            g.writeNumberField("loss_evaluations", s.lossEvaluations());
            number(g, "gradient_norm", s.gradientNorm());
            number(g, "loss_before", s.lossBefore());
            number(g, "loss_after", s.lossAfter());
            g.writeBooleanField("step_taken", s.stepTaken());
            doubles(g, "tried_steps", s.triedSteps());
            doubles(g, "tried_losses", s.triedLosses());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
