package dev.moons.render;

/** An offender for LayerRulesTest only: the shared drawing depending on the live comparison. */
public final class ArchFixtureRenderUsesApp {
    /** A use of the app layer from render. */
    public dev.moons.app.Pace pace;
}
