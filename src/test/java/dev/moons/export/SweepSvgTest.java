package dev.moons.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.sweep.Sweep;
import dev.moons.training.sweep.SweepResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sweep's SVG names and colours the run's methods: one line per swept method, the band by its line search. */
class SweepSvgTest {
    private static final Config SMALL = Config.defaults().withSamples(100).withHidden(4).withEpochs(10);
    private static final double[] LRS = {0.01, 0.1};

    @Test
    void defaultSweepKeepsItsTwoSeriesNames() throws IOException {
        SweepResult result = new Sweep(SMALL, LRS, null, 1).run((r, p) -> { });
        String svg = OffscreenCharts.onFxThread(() -> SweepSvg.svg(result, "caption", 900, 600));
        // each name twice (the line and its legend entry) in each of the three plots
        assertEquals(6, count(svg, "fixed lr (mean over seeds)"));
        assertEquals(6, count(svg, "backtracking (mean)"));
        assertTrue(svg.contains(hex(Method.FIXED)) && svg.contains(hex(Method.BACKTRACKING)));
    }

    @Test
    void momentumAndAdamAgainstWolfeAreOneLineEachInTheirColours() throws IOException {
        // given a sweep of momentum and adam against the wolfe band
        SweepResult result = new Sweep(SMALL.withMethods(List.of(Method.MOMENTUM, Method.ADAM, Method.WOLFE)), LRS,
                null, 1).run((r, p) -> { });
        // when it is drawn
        String svg = OffscreenCharts.onFxThread(() -> SweepSvg.svg(result, "caption", 900, 600));
        // then each plot names both swept methods and the band, in their colours, and not the defaults
        assertEquals(6, count(svg, "momentum lr (mean over seeds)"));
        assertEquals(6, count(svg, "adam lr (mean over seeds)"));
        assertEquals(6, count(svg, "wolfe (mean)"));
        for (Method m : List.of(Method.MOMENTUM, Method.ADAM, Method.WOLFE)) {
            assertTrue(svg.contains(hex(m)), m.id() + "'s colour " + hex(m));
        }
        assertFalse(svg.contains("fixed lr") || svg.contains("backtracking"));
        assertFalse(svg.contains(hex(Method.FIXED)) || svg.contains(hex(Method.BACKTRACKING)));
    }

    private static String hex(Method m) {
        return String.format(Locale.ROOT, "#%06x", m.rgb());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
