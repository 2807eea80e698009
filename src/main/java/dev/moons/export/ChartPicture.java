package dev.moons.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Scale;

/**
 * One renderer for chart exports: a chart node of its own (a copy, never the live widget, so no buttons or
 * switches come along) under a title, laid out offscreen at a chosen size, with the caption strip of
 * {@link PngExport} under it. FX thread only.
 */
public final class ChartPicture {
    /** Default export width of a chart in pixels. */
    public static final int DEFAULT_WIDTH = 1600;
    /** Default export height of a chart in pixels (without the caption strip). */
    public static final int DEFAULT_HEIGHT = 1000;

    private static final double TITLE_SIZE = 24;

    private ChartPicture() {}

    /**
     * The picture's node tree, laid out in a scene of its own at {@code width} × {@code height}: {@code title}
     * above {@code chart}, which grows to fill the rest; {@code chart} must not be in another scene.
     */
    public static Parent compose(String title, Region chart, int width, int height) {
        Label heading = new Label(title);
        heading.setId("pictureTitle");
        heading.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TITLE_SIZE));
        heading.setTextFill(Color.web("#222222"));
        heading.setPadding(new Insets(14, 16, 4, 16));
        chart.setMinSize(0, 0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox root = new VBox(heading, chart);
        root.setStyle("-fx-background-color: white;");
        new Scene(root, width, height, Color.WHITE);
        root.applyCss();
        root.layout();
        return root;
    }

    /** {@link #compose} snapshotted at {@code width} × {@code height} with {@code caption} in a strip below. */
    public static BufferedImage render(String title, Region chart, int width, int height, String caption) {
        return PngExport.render(compose(title, chart, width, height), caption);
    }

    /** {@link #render} written atomically as a PNG to {@code file}. */
    public static void write(String title, Region chart, int width, int height, String caption, Path file)
            throws IOException {
        PngExport.writeImage(render(title, chart, width, height, caption), file);
    }

    /**
     * A snapshot of a live node that holds no controls (e.g. a boundary map), scaled so that it is at least
     * {@code width} pixels wide, with {@code caption} below: the node keeps its on-screen layout, drawn sharper.
     */
    public static BufferedImage scaled(Node node, int width, String caption) {
        double shown = Math.max(1, node.getLayoutBounds().getWidth());
        double factor = Math.max(1, (width + 0.5) / shown);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(new Scale(factor, factor));
        BufferedImage shot = SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null);
        return PngExport.withCaption(shot, caption);
    }
}
