package dev.moons.session;

import dev.moons.training.Method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.app.TrainingService;
import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session keeps the recorded λ_max as an optional history column (a file without it opens with NaN) and each
 * run's λ_max interval, which a resume restores.
 */
class SessionSharpnessTest {

    @Test
    void sharpnessRoundTripsAndIsAbsentWhenNotRecorded(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with.json");
        Path without = dir.resolve("without.json");
        SessionFiles.write(with, trained(2));
        SessionFiles.write(without, trained(0));
        assertTrue(Files.readString(with).contains("\"sharpness\""));
        assertFalse(Files.readString(without).contains("sharpness"));
        List<EpochRecord> saved = trained(2).run(Method.FIXED).history();
        List<EpochRecord> opened = SessionJson.read(with).run(Method.FIXED).history();
        for (int i = 0; i < saved.size(); i++) {
            assertEquals(Double.doubleToLongBits(saved.get(i).sharpness()),
                    Double.doubleToLongBits(opened.get(i).sharpness()), "epoch " + i);
        }
        assertTrue(opened.get(2).hasSharpness());
        assertTrue(SessionJson.read(without).run(Method.FIXED).history().stream().noneMatch(EpochRecord::hasSharpness));
    }

    @Test
    void resumeKeepsTheSavedIntervalSoTheNextSharpnessFallsWhereItWouldHave(@TempDir Path dir) throws Exception {
        // given a session saved after epoch 4 of runs recording λ_max every 3 epochs
        Path file = dir.resolve("every3.json");
        SessionFiles.write(file, trained(3));
        assertTrue(Files.readString(file).contains("\"sharpness_every\":3"), "the interval is saved");
        // when it is opened and both runs train on
        Comparison resumed = SessionJson.read(file).comparison();
        assertEquals(3, resumed.run(Method.FIXED).sharpness().every());
        assertEquals(3, resumed.run(Method.BACKTRACKING).sharpness().every());
        resumed.stepBoth((m, r) -> { });
        resumed.stepBoth((m, r) -> { });
        // then epoch 5 has no λ_max and epoch 6 has one, as in a run never interrupted
        List<EpochRecord> h = resumed.run(Method.FIXED).history();
        assertFalse(h.get(5).hasSharpness());
        assertTrue(h.get(6).hasSharpness());
        Comparison straight = Comparison.create(Config.defaults().withSamples(100).withHidden(3).withEpochs(6),
                Seeds.of(5));
        straight.setSharpnessEvery(3);
        for (int e = 0; e < 6; e++) {
            straight.stepBoth((m, r) -> { });
        }
        assertEquals(straight.run(Method.FIXED).history().get(6).sharpness(), h.get(6).sharpness(), 1e-12);
        // and a file without the key opens with the interval off
        SessionFiles.write(file, trained(0));
        assertEquals(0, SessionJson.read(file).comparison().run(Method.FIXED).sharpness().every());
    }

    @Test
    void theWindowRestoresASessionWithItsIntervalAndANewComparisonWithItsOwn(@TempDir Path dir) throws Exception {
        // given a session saved with λ_max every 3 epochs
        Path file = dir.resolve("every3.json");
        SessionFiles.write(file, trained(3));
        try (TrainingService service = new TrainingService(Runnable::run, u -> { }, 8)) {
            // when the window opens it
            service.restore(SessionJson.read(file), "every3.json").get(30, TimeUnit.SECONDS);
            // then it goes on every 3 epochs, and a new comparison gets the window's interval
            assertEquals(3, service.session().get(30, TimeUnit.SECONDS).run(Method.FIXED).sharpnessEvery());
            service.reset().get(30, TimeUnit.SECONDS);
            assertEquals(100, service.session().get(30, TimeUnit.SECONDS).run(Method.BACKTRACKING).sharpnessEvery());
        }
    }

    private static Session trained(int every) {
        Comparison c = Comparison.create(Config.defaults().withSamples(100).withHidden(3).withEpochs(6),
                Seeds.of(5));
        c.setSharpnessEvery(every);
        EpochArchive archive = new EpochArchive(c.problem().model().parameterCount());
        archive.keep(c);
        for (int e = 0; e < 4; e++) {
            c.stepBoth((m, r) -> { });
            archive.keep(c);
        }
        return Session.of(c, archive, Session.MOONS);
    }
}
