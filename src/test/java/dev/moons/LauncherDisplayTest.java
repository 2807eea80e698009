package dev.moons;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the app may try to open a window. */
class LauncherDisplayTest {
    @Test
    void linuxNeedsADisplayOrMonocle() {
        assertFalse(Launcher.hasDisplay("Linux", Map.of(), null));
        assertFalse(Launcher.hasDisplay("Linux", Map.of("DISPLAY", " "), null));
        assertTrue(Launcher.hasDisplay("Linux", Map.of("DISPLAY", ":0"), null));
        assertTrue(Launcher.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertTrue(Launcher.hasDisplay("Linux", Map.of(), "Monocle"));
        assertTrue(Launcher.hasDisplay("Mac OS X", Map.of(), null));
        assertTrue(Launcher.hasDisplay("Windows 11", Map.of(), null));
    }
}
