package dev.moons.export;

import dev.moons.landscape.Landscape;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.landscape.LandscapeMap;
import dev.moons.render.landscape.ProfilePlot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.layout.VBox;

/** landscape.png: the map (surface, every run's path, the key) over the straight-line profiles, drawn offscreen. */
public final class LandscapePicture {
    private static final double WIDTH = 1000;
    private static final double MAP_HEIGHT = 820;
    private static final double PROFILE_HEIGHT = 300;

    private LandscapePicture() {}

    /** The map at the last epoch over the profiles, with {@code caption} below (FX thread). */
    public static BufferedImage image(Landscape landscape, int shownEpoch, String caption) {
        LandscapeMap map = new LandscapeMap();
        map.setId("landscape-map");
        map.setPrefSize(WIDTH, MAP_HEIGHT);
        map.setLandscape(landscape);
        map.setShownEpoch(shownEpoch);
        LinePlot profiles = ProfilePlot.create();
        profiles.setId("landscape-profiles");
        profiles.setPrefSize(WIDTH, PROFILE_HEIGHT);
        ProfilePlot.show(profiles, landscape);
        VBox root = new VBox(map, profiles);
        root.setStyle("-fx-background-color: white;");
        return PngExport.render(OffscreenCharts.sceneRoot(root, WIDTH, MAP_HEIGHT + PROFILE_HEIGHT), caption);
    }

    /** Renders landscape.png into {@code dir} with no display. */
    public static void write(Landscape landscape, int shownEpoch, Path dir, String caption) throws IOException {
        BufferedImage image = OffscreenCharts.onFxThread(() -> image(landscape, shownEpoch, caption));
        PngExport.writeImage(image, dir.resolve("landscape.png"));
    }
}
