package dev.moons;

/** Entry point: no arguments starts the app, arguments run a headless command. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.out.println("moons-lab");
    }
}
