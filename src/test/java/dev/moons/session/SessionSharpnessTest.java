package dev.moons.session;

import dev.moons.training.Method;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.export.SessionFiles;
import dev.moons.training.Comparison;
import dev.moons.training.Config;
import dev.moons.training.EpochArchive;
import dev.moons.training.EpochRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session keeps the recorded λ_max as an optional history column; a file without it opens with NaN. */
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
