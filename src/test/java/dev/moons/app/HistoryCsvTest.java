package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.export.ReportFiles;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochRecord;
import dev.moons.training.Method;
import dev.moons.training.RunStatus;
import dev.moons.training.SettingsChange;
import dev.moons.training.TrainingRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryCsvTest {
    @Test
    void commentsThenHeaderThenOneRowPerRecord() {
        // given two records of one method and one of the other
        Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
        histories.put(Method.FIXED, List.of(record(0, Double.NaN), record(1, 0.01)));
        histories.put(Method.BACKTRACKING, List.of(record(0, Double.NaN)));
        // when formatted
        String[] lines = HistoryCsv.format(Config.defaults(), Seeds.of(42).withData(43), histories).split("\n");
        // then settings, seeds and epochs come first as comments, then the header and the rows
        assertTrue(lines[1].startsWith("# settings: samples=1000 noise=0.2"), lines[1]);
        assertEquals("# seeds: data=43 split=42 init=42 batch=42", lines[2]);
        assertEquals("# epoch: fixed=1 backtracking=0", lines[3]);
        assertEquals(HistoryCsv.HEADER, lines[4]);
        assertEquals("fixed,1,0.5,0.6,0.8,0.7,0.01,2,0.3,1.5", lines[6]);
        assertEquals(8, lines.length);
    }

    @Test
    void nonFiniteNumbersAreWrittenAsTheCommandLineWritesThem() {
        EpochRecord diverged = new EpochRecord(7, Double.POSITIVE_INFINITY, Double.NaN, 0.5, 0.5,
                Double.NEGATIVE_INFINITY, 9, Double.NaN, 2.0, RunStatus.DIVERGED);
        Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
        histories.put(Method.FIXED, List.of(diverged));
        String[] lines = HistoryCsv.format(Config.defaults(), Seeds.of(42), histories).split("\n");
        assertEquals("fixed,7,inf,nan,0.5,0.5,-inf,9,nan,2.0", lines[lines.length - 1]);
    }

    @Test
    void aSettingsChangeIsOneCommentLineSayingFromWhichEpochItApplies() {
        // given the lr changed from 0.01 to 0.1 after epoch 30, and warm start switched on
        Config before = Config.defaults();
        Config after = before.withLr(0.1).withLineSearch(1, 0.5, 1e-4, true);
        Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
        histories.put(Method.FIXED, List.of(record(0, Double.NaN)));
        // when formatted with the change
        String[] lines = HistoryCsv.format(after, Seeds.of(42), histories,
                List.of(new SettingsChange(30, before, after))).split("\n");
        // then the settings are those at the end and the change follows them
        assertTrue(lines[1].contains(" lr=0.1 "), lines[1]);
        assertEquals("# settings change after epoch 30 (from epoch 31 on): lr=0.01->0.1 warm_start=false->true",
                lines[2]);
        assertEquals(HistoryCsv.HEADER, lines[5]);
    }

    @Test
    void sharpnessIsTheLastColumnWithTheCommandLinesCellsEmptyWhereNotComputed() {
        // given a comparison recording λ_max every 2 epochs, trained 5 epochs
        Comparison comparison = Comparison.create(Config.defaults().withSamples(100).withHidden(3).withEpochs(5),
                Seeds.of(7));
        comparison.setSharpnessEvery(2);
        for (int e = 0; e < 5; e++) {
            comparison.stepBoth((m, r) -> { });
        }
        Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
        for (TrainingRun run : comparison.runs()) {
            histories.put(run.method(), run.history());
        }
        // when the window's CSV and compare's history.csv are written
        List<String> window = List.of(HistoryCsv.format(comparison.config(), comparison.seeds(), histories)
                .split("\n"));
        List<String> cli = List.of(ReportFiles.historyCsv(comparison.runs(), List.of()).split("\n"));
        // then both end their header with sharpness and their rows with the same cell
        int header = window.indexOf(HistoryCsv.HEADER + ",sharpness");
        assertTrue(header > 0, String.join("\n", window));
        assertEquals(ReportFiles.HISTORY_HEADER + ",sharpness", cli.get(0));
        assertEquals(cli.size() - 1, window.size() - header - 1);
        for (int i = 1; i < cli.size(); i++) {
            String w = window.get(header + i);
            String c = cli.get(i);
            assertEquals(c.substring(c.lastIndexOf(',')), w.substring(w.lastIndexOf(',')), "row " + i);
        }
        assertTrue(window.get(header + 1).startsWith("fixed,0,") && !window.get(header + 1).endsWith(","));
        assertTrue(window.get(header + 2).startsWith("fixed,1,") && window.get(header + 2).endsWith(","),
                "epoch 1 has no λ_max: an empty cell");
    }

    @Test
    void noSharpnessColumnWhenNoRecordHasOne() {
        Map<Method, List<EpochRecord>> histories = new LinkedHashMap<>();
        histories.put(Method.FIXED, List.of(record(0, Double.NaN)));
        String text = HistoryCsv.format(Config.defaults(), Seeds.of(42), histories);
        assertTrue(!text.contains("sharpness"), text);
    }

    private static EpochRecord record(int epoch, double step) {
        return new EpochRecord(epoch, 0.5, 0.6, 0.8, 0.7, step, 2, 0.3, 1.5, RunStatus.RUNNING);
    }
}
