package dev.moons.app;

/** An offender for LayerRulesTest only: the application layer using JavaFX. */
public final class ArchFixtureAppUsesFx {
    /** A use of a JavaFX class from app. */
    public javafx.scene.paint.Color colour;
}
