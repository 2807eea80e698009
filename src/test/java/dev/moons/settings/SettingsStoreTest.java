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
    void theWindowStateRoundTripsAndAnOlderFileWithoutItStillLoads() throws IOException {
        SettingsStore store = new SettingsStore(tmp.resolve("settings.json"));
        AppSettings settings = AppSettings.defaults().withWindow(new WindowState(120.5, -8, 1360, 850, true));
        store.save(settings);
        assertTrue(Files.readString(store.file()).contains("\"maximized\" : true"));
        assertEquals(settings, store.load().settings());
        // an older file: no "window" key
        Files.writeString(store.file(), "{\"version\": 1, \"config\": {\"hidden\": 4}, \"pace\": \"5\"}");
        SettingsStore.Loaded older = store.load();
        assertTrue(older.notice().isEmpty());
        assertTrue(older.settings().window().isEmpty());
        assertEquals("5", older.settings().pace());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"width\": -5, \"height\": 600, \"x\": 0, \"y\": 0}", "[1]",
        "{\"x\": \"left\", \"y\": 0, \"width\": 800, \"height\": 600}",
        "{\"x\": 0, \"y\": 0, \"width\": 800, \"height\": 600, \"maximized\": \"yes\"}"})
    void anUnusableWindowIsForgottenButTheOtherSettingsStay(String window) throws IOException {
        Path file = Files.writeString(tmp.resolve("settings.json"),
                "{\"config\": {\"hidden\": 4}, \"window\": " + window + "}");
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertTrue(loaded.notice().isEmpty());
        assertEquals(4, loaded.settings().config().hidden());
        assertTrue(loaded.settings().window().isEmpty());
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
