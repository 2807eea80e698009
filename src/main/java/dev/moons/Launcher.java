package dev.moons;

import dev.moons.cli.Cli;
import dev.moons.io.StartupTrace;
import dev.moons.ui.shell.MoonsApp;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;

/**
 * The one main class. No arguments: the app. Arguments: a headless command (see {@code compare --help}).
 * It does not extend Application, so JavaFX and ND4J can both live on the class path.
 */
public final class Launcher {
    /** What the app says, on one line, when there is no display to open a window on. */
    public static final String NO_DISPLAY = "no display: use xvfb-run, or the headless commands compare / sweep";

    private Launcher() {}

    /** Dispatches to the app or the command line; the app without a display is one line and exit 2. */
    public static void main(String[] args) {
        StartupTrace.mark("main");
        if (args.length > 0) {
            Cli.main(args);
        } else if (!hasDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"))) {
            System.err.println(NO_DISPLAY);
            System.exit(Cli.BAD_INPUT);
        } else {
            StartupTrace.mark("javafx launch");
            Application.launch(MoonsApp.class);
        }
    }

    /**
     * Whether a window can open: always off Linux/Unix (the OS has its own display), with the headless Monocle
     * platform, or when DISPLAY or WAYLAND_DISPLAY is set.
     */
    static boolean hasDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11World = os.contains("linux") || os.contains("bsd") || os.contains("sunos");
        return !x11World || "Monocle".equalsIgnoreCase(glassPlatform) || isSet(env.get("DISPLAY"))
                || isSet(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String v) {
        return v != null && !v.isBlank();
    }
}
