package dev.moons;

import dev.moons.cli.Cli;
import dev.moons.ui.shell.MoonsApp;
import javafx.application.Application;

/**
 * The one main class. No arguments: the app. Arguments: a headless command (see {@code compare --help}).
 * It does not extend Application, so JavaFX and ND4J can both live on the class path.
 */
public final class Launcher {
    private Launcher() {}

    /** Dispatches to the app or the command line. */
    public static void main(String[] args) {
        if (args.length > 0) {
            Cli.main(args);
        } else {
            Application.launch(MoonsApp.class);
        }
    }
}
