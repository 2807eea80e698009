package dev.moons.io;

/** An offender for LayerRulesTest only: the ground floor reaching up into the window (closes a cycle). */
public final class ArchFixtureIoUsesUi {
    /** A use of a window class from io. */
    public dev.moons.ui.shell.Dashboard dashboard;
}
