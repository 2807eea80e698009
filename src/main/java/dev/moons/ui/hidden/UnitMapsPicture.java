package dev.moons.ui.hidden;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The hidden-unit maps for a picture or a window of their own: each unit's map (the same image the tab shows)
 * with its outgoing weight under it, tiled in as many columns as fill the region best; no buttons, no key strip.
 */
public final class UnitMapsPicture extends Region {
    private static final double GAP = 10;
    private static final double LABEL_H = 22;
    private final List<ImageView> maps = new ArrayList<>();
    private final List<VBox> tiles = new ArrayList<>();
    private final double aspect;

    private UnitMapsPicture(HiddenUnitsPane pane) {
        setStyle("-fx-background-color: white;");
        aspect = pane.mapAspect();
        for (UnitCell cell : pane.cells()) {
            ImageView map = new ImageView(cell.image);
            map.setSmooth(true);
            map.setPreserveRatio(false);
            Label weight = new Label("unit " + (cell.unit + 1) + " · " + cell.weight.getText());
            weight.setTextFill(cell.weight.getTextFill());
            weight.setStyle("-fx-font-size: 14px;");
            VBox tile = new VBox(2, map, weight);
            tile.setAlignment(Pos.TOP_CENTER);
            maps.add(map);
            tiles.add(tile);
        }
        getChildren().addAll(tiles);
    }

    /** A picture of {@code pane}'s unit maps as they are now (the run and epoch the tab shows). */
    public static UnitMapsPicture of(HiddenUnitsPane pane) {
        return new UnitMapsPicture(pane);
    }

    /** How many maps it shows. */
    public int count() {
        return tiles.size();
    }

    @Override
    protected void layoutChildren() {
        int n = tiles.size();
        double w = getWidth() - 2 * GAP;
        double h = getHeight() - 2 * GAP;
        if (n == 0 || w <= 0 || h <= 0) {
            return;
        }
        // the column count that gives the largest maps that still fit
        double best = 0;
        int bestCols = 1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double cw = Math.min((w - (cols - 1) * GAP) / cols, ((h - (rows - 1) * GAP) / rows - LABEL_H) * aspect);
            if (cw > best) {
                best = cw;
                bestCols = cols;
            }
        }
        double cellH = best / aspect;
        for (int i = 0; i < n; i++) {
            maps.get(i).setFitWidth(best);
            maps.get(i).setFitHeight(cellH);
            int col = i % bestCols;
            int row = i / bestCols;
            tiles.get(i).resizeRelocate(GAP + col * (best + GAP), GAP + row * (cellH + LABEL_H + GAP), best,
                    cellH + LABEL_H);
        }
    }
}
