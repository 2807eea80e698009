package dev.moons.ui;

import dev.moons.data.Dataset;
import dev.moons.training.BoundaryGrid;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Temporary stand-in for the views branch's boundary view: heatmap, scatter and text overlay. */
public final class BoundaryView extends Region {
    private final String title;
    private final Canvas canvas = new Canvas();
    private BoundaryGrid grid;
    private Dataset train;
    private Dataset test;
    private WritableImage image;
    private String[] info = new String[0];
    private String status = "";
    private boolean alarm;

    /** A view titled {@code title}. */
    public BoundaryView(String title) {
        this.title = title;
        getChildren().add(canvas);
        setMinSize(150, 150);
        setPrefSize(400, 400);
    }

    public void setData(BoundaryGrid grid, Dataset trainRaw, Dataset testRaw) {
        this.grid = grid;
        this.train = trainRaw;
        this.test = testRaw;
        this.image = null;
        requestLayout();
    }

    public void setProbabilities(double[] probabilities) {
        if (grid == null) {
            return;
        }
        WritableImage img = new WritableImage(grid.width(), grid.height());
        PixelWriter pw = img.getPixelWriter();
        for (int j = 0; j < grid.height(); j++) {
            for (int i = 0; i < grid.width(); i++) {
                double p = probabilities[j * grid.width() + i];
                pw.setColor(i, j, Double.isFinite(p) ? Color.rgb(0, 114, 178).interpolate(Color.rgb(230, 159, 0), p)
                        .interpolate(Color.WHITE, 0.5) : Color.GRAY);
            }
        }
        image = img;
        requestLayout();
    }

    public void setInfo(String... lines) {
        info = lines.clone();
        requestLayout();
    }

    public void setStatus(String status, boolean alarm) {
        this.status = status;
        this.alarm = alarm;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (image != null) {
            g.drawImage(image, 0, 0, w, h);
        }
        if (grid != null) {
            dots(g, train, w, h, true);
            dots(g, test, w, h, false);
        }
        g.setFill(Color.BLACK);
        g.fillText(title, 8, 16);
        for (int k = 0; k < info.length; k++) {
            g.fillText(info[k], 8, 34 + 16 * k);
        }
        g.setFill(alarm ? Color.RED : Color.BLACK);
        g.fillText(status, 8, h - 8);
    }

    private void dots(GraphicsContext g, Dataset d, double w, double h, boolean filled) {
        for (int k = 0; d != null && k < d.size(); k++) {
            double px = (d.x1(k) - grid.minX1()) / (grid.maxX1() - grid.minX1()) * w;
            double py = (grid.maxX2() - d.x2(k)) / (grid.maxX2() - grid.minX2()) * h;
            Color c = d.label(k) == 1 ? Color.rgb(230, 159, 0) : Color.rgb(0, 114, 178);
            if (filled) {
                g.setFill(c);
                g.fillOval(px - 3, py - 3, 6, 6);
            } else {
                g.setStroke(c);
                g.strokeOval(px - 3, py - 3, 6, 6);
            }
        }
    }
}
