package dev.moons.ui.shell;

import dev.moons.ui.landscape.LandscapePane;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The views that need the maps' room, as tabs: both runs' boundaries, their curvature, the landscape they travel. */
final class MapTabs {
    private MapTabs() {
    }

    /** Tabs "Boundaries" ({@code boundaries}), "Curvature" and "Landscape" (computed only while its tab shows). */
    static TabPane of(Node boundaries, Node curvature, LandscapePane landscape) {
        Tab boundariesTab = new Tab("Boundaries", boundaries);
        boundariesTab.setId("boundariesTab");
        Tab curvatureTab = new Tab("Curvature", curvature);
        curvatureTab.setId("curvatureTab");
        Tab landscapeTab = new Tab("Landscape", landscape.node());
        landscapeTab.setId("landscapeTab");
        landscapeTab.selectedProperty().addListener((obs, was, on) -> landscape.setShowing(on));
        TabPane tabs = new TabPane(boundariesTab, curvatureTab, landscapeTab);
        tabs.setId("mapTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinSize(0, 0);
        return tabs;
    }
}
