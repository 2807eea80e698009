package dev.moons.session;

/** An offender for LayerRulesTest only: session files depending on a view. */
public final class ArchFixtureSessionUsesUi {
    /** A use of a view from session. */
    public dev.moons.ui.charts.ChartsPanel charts;
}
