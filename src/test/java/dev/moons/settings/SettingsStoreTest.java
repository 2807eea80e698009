package dev.moons.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    @TempDir
    Path tmp;

    @Test
    void saveThenLoadGivesTheSameSettings() throws IOException {
        SettingsStore store = new SettingsStore(tmp.resolve("sub/dir/settings.json"));
        AppSettings settings = new AppSettings(Config.defaults().withHidden(8).withLr(0.3).withNoise(0.35)
                .withLineSearch(2, 0.7, 1e-3, true).withBatch(64).withActivation(dev.moons.model.Activation.TANH),
                new Seeds(1, 2, 3, 4), "max");
        store.save(settings);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(settings, loaded.settings());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void aMissingFileGivesDefaultsWithoutANotice() {
        SettingsStore.Loaded loaded = new SettingsStore(tmp.resolve("none.json")).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void missingFieldsTakeTheirDefaults() throws IOException {
        Path file = Files.writeString(tmp.resolve("settings.json"), "{\"config\": {\"hidden\": 4}}");
        AppSettings s = new SettingsStore(file).load().settings();
        assertEquals(4, s.config().hidden());
        assertEquals(Config.defaults().withHidden(4), s.config());
        assertEquals("1", s.pace());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "", "[1,2]", "{\"config\": {\"hidden\": 0}}",
        "{\"config\": {\"noise\": \"high\"}}", "{\"pace\": \"warp\"}", "{\"config\": {\"lr\": -1}}",
        "{\"seeds\": {\"data\": 1.5}}", "{\"config\": {\"activation\": \"softmax\"}}",
        "{\"config\": {\"activation\": 1}}"})
    void aCorruptFileGivesDefaultsANoticeAndIsKeptAside(String content) throws IOException {
        Path file = Files.writeString(tmp.resolve("settings.json"), content);
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        String notice = loaded.notice().orElseThrow();
        assertTrue(notice.startsWith("Settings file " + file + " could not be used ("), notice);
        assertTrue(notice.contains("kept as settings.json.bad-"), notice);
        assertEquals(1, notice.lines().count());
        assertFalse(Files.exists(file));
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> aside = s.toList();
            assertEquals(1, aside.size());
            assertEquals(content, Files.readString(aside.get(0)));
        }
    }

    @Test
    void aBinaryFileIsCorruptToo() throws IOException {
        Path file = Files.write(tmp.resolve("settings.json"), new byte[] {0, (byte) 0xff, 3, 4});
        assertTrue(new SettingsStore(file).load().notice().isPresent());
    }

    @Test
    void theLocationCanBeRedirectedWithASystemProperty() {
        String old = System.getProperty("moons.settings");
        try {
            System.setProperty("moons.settings", tmp.resolve("x.json").toString());
            assertEquals(tmp.resolve("x.json"), SettingsStore.atDefaultLocation().file());
        } finally {
            if (old == null) {
                System.clearProperty("moons.settings");
            } else {
                System.setProperty("moons.settings", old);
            }
        }
    }
}
