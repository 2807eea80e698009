package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.optim.BacktrackingLineSearch;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The settings table against Config: the same defaults, every row's ranges consistent, the real split minimum. */
class ParameterTest {

    @Test
    void everyConfigComponentHasARowAndTheRowsDefaultsAreConfigDefaults() throws Exception {
        Config defaults = Config.defaults();
        // the methods and their settings are one component, MethodSettings, whose components have the rows
        Set<String> components = Arrays.stream(Config.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("methodSettings")).collect(Collectors.toSet());
        Arrays.stream(MethodSettings.class.getRecordComponents()).map(RecordComponent::getName)
                .forEach(components::add);
        Set<String> rows = Parameter.settings().stream().map(p -> camel(p.key())).collect(Collectors.toSet());
        assertEquals(components, rows);
        for (Parameter p : Parameter.settings()) {
            Object actual = p == Parameter.METHODS ? defaults.methodSettings().names()
                    : Config.class.getMethod(camel(p.key())).invoke(defaults);
            assertEquals(p.defaultValue(), actual, p.key());
        }
    }

    @Test
    void theLineSearchRowsReferToTheOptimizersDefaults() {
        assertEquals(BacktrackingLineSearch.DEFAULT_ALPHA0, Parameter.ALPHA0.defaultDouble());
        assertEquals(BacktrackingLineSearch.DEFAULT_RHO, Parameter.RHO.defaultDouble());
        assertEquals(BacktrackingLineSearch.DEFAULT_C, Parameter.C.defaultDouble());
        BacktrackingLineSearch plain = new BacktrackingLineSearch();
        Config d = Config.defaults();
        assertEquals(d.alpha0(), plain.alpha0());
        assertEquals(d.rho(), plain.rho());
        assertEquals(d.c(), plain.c());
    }

    @Test
    void everyDefaultIsValidAndEveryControlRangeLiesInsideTheValidRange() {
        for (Parameter p : Parameter.values()) {
            p.range().ifPresent(r -> {
                assertTrue(r.contains(p.defaultDouble()), p.key() + " default outside its range");
                Range control = p.controlRange();
                assertTrue(control.equals(r) || r.contains(control.min()) && r.contains(control.max()),
                        p.key() + " control " + control);
                assertTrue(control.contains(p.defaultDouble()), p.key() + " default outside its control");
            });
            assertEquals(p.range().isPresent() && !p.controlRange().equals(p.range().get()),
                    p.controlReason().isPresent(), p.key() + ": a narrower control states why, and only then");
        }
    }

    @Test
    void theFewestSamplesAtTheDefaultRatioAreTwelveAndTheControlStartsThere() {
        // 6 per class at 0.7: round(4.2) = 4 train, 2 test; 11 gives a class of 5: round(3.5) = 4 train, 1 test
        assertEquals(12, Parameter.minimumSamples(Config.DEFAULT_TRAIN_RATIO));
        assertEquals(12, (int) Parameter.SAMPLES.controlRange().min());
        Config d = Config.defaults();
        assertEquals(12, d.withSamples(12).samples());
        assertThrows(IllegalArgumentException.class, () -> d.withSamples(11));
        // 8 is the smallest count any ratio can split (2 + 2 per class), so it is the valid minimum
        assertEquals(8, Parameter.minimumSamples(0.5));
        assertEquals(8, (int) Parameter.SAMPLES.range().orElseThrow().min());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.withTrainRatio(0.5).withSamples(7));
        assertEquals("samples must be in [8, 100000], was 7", e.getMessage());
    }

    @Test
    void rangesPrintAsTheMessagesAndTheHelpSayThem() {
        assertEquals("in [1, 256]", Range.whole(1, 256).phrase());
        assertEquals("in [0.0, 1.0]", Range.closed(0, 1).phrase());
        assertEquals("in (0, 1)", Range.open(0, 1).phrase());
        assertEquals("finite and > 0", Range.positive().phrase());
        assertEquals("1 to 256", Range.whole(1, 256).shortText());
        assertEquals("(0,1)", Range.open(0, 1).shortText());
        assertEquals("finite > 0", Range.positive().shortText());
        assertEquals("1e-4", Range.text(1e-4));
        assertEquals("0.2", Range.text(0.2));
        assertEquals("1000", Range.text(1000));
        assertFalse(Range.positive().contains(Double.POSITIVE_INFINITY));
        assertFalse(Range.closed(0, 1).contains(Double.NaN));
        assertFalse(Range.whole(0, 5).contains(2.5));
    }

    @Test
    void keysAreTheOptionNamesAndJsonKeysTheFileNames() {
        assertEquals(Parameter.TRAIN_RATIO, Parameter.byKey("train-ratio").orElseThrow());
        assertEquals("train_ratio", Parameter.TRAIN_RATIO.jsonKey());
        assertEquals("warm_start", Parameter.WARM_START.jsonKey());
        assertTrue(Parameter.byKey("lrs").isEmpty());
    }

    @Test
    void theBatchCapIsTheTrainingSetInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameter.BATCH.checkAtMost(701, 700));
        assertEquals("batch must be in [0, 700], was 701", e.getMessage());
    }

    private static String camel(String key) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char ch : key.toCharArray()) {
            if (ch == '-') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return s.toString();
    }
}
