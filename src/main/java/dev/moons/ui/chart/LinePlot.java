package dev.moons.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Temporary stand-in for the views branch's line plot: a canvas with titled, optionally log-y series. */
public final class LinePlot extends Region {
    private final String title;
    private final Canvas canvas = new Canvas();
    private final List<Series> series = new ArrayList<>();
    private final List<double[]> markers = new ArrayList<>();
    private final List<String> markerLabels = new ArrayList<>();
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;

    /** A plot titled {@code title}. */
    public LinePlot(String title) {
        this.title = title;
        getChildren().add(canvas);
        setMinSize(120, 80);
        setPrefSize(400, 250);
    }

    /** A new series drawn in {@code color}, dashed or solid. */
    public Series addSeries(String name, Color color, boolean dashed) {
        Series s = new Series(this, name, color, dashed);
        series.add(s);
        return s;
    }

    public void setAxisLabels(String xLabel, String yLabel) {
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        requestLayout();
    }

    public void setLogY(boolean logY) {
        this.logY = logY;
        requestLayout();
    }

    public boolean isLogY() {
        return logY;
    }

    public void addMarker(double x, String label) {
        markers.add(new double[] {x});
        markerLabels.add(label);
        requestLayout();
    }

    public void clearMarkers() {
        markers.clear();
        markerLabels.clear();
        requestLayout();
    }

    public void clearData() {
        series.forEach(Series::clear);
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFill(Color.BLACK);
        g.fillText(title + "   (" + xLabel + " → " + yLabel + ")", 8, 14);
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; s.visible && i < s.xs.size(); i++) {
                double y = ty(s.ys.get(i));
                if (Double.isFinite(y)) {
                    minX = Math.min(minX, s.xs.get(i));
                    maxX = Math.max(maxX, s.xs.get(i));
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (!(maxX > minX) || !(maxY >= minY)) {
            return;
        }
        if (maxY == minY) {
            maxY += 1;
        }
        double l = 10, t = 24, pw = w - 20, ph = h - 34;
        int li = 0;
        for (Series s : series) {
            g.setStroke(s.color);
            g.setLineWidth(2);
            g.setLineDashes(s.dashed ? new double[] {6, 4} : null);
            g.beginPath();
            boolean first = true;
            for (int i = 0; s.visible && i < s.xs.size(); i++) {
                double y = ty(s.ys.get(i));
                if (!Double.isFinite(y)) {
                    continue;
                }
                double px = l + (s.xs.get(i) - minX) / (maxX - minX) * pw;
                double py = t + ph - (y - minY) / (maxY - minY) * ph;
                if (first) {
                    g.moveTo(px, py);
                    first = false;
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
            g.setFill(s.color);
            g.fillText(s.name, w - 170, 14 + 14 * ++li);
        }
        g.setLineDashes(null);
        g.setStroke(Color.GRAY);
        for (double[] m : markers) {
            double px = l + (m[0] - minX) / (maxX - minX) * pw;
            g.strokeLine(px, t, px, t + ph);
        }
    }

    private double ty(double y) {
        return logY ? (y > 0 ? Math.log10(y) : Double.NaN) : y;
    }

    /** One named line of (x, y) points. */
    public static final class Series {
        private final LinePlot owner;
        private final String name;
        private final Color color;
        private final boolean dashed;
        private final List<Double> xs = new ArrayList<>();
        private final List<Double> ys = new ArrayList<>();
        private boolean visible = true;

        private Series(LinePlot owner, String name, Color color, boolean dashed) {
            this.owner = owner;
            this.name = name;
            this.color = color;
            this.dashed = dashed;
        }

        public void add(double x, double y) {
            xs.add(x);
            ys.add(y);
            owner.requestLayout();
        }

        public void clear() {
            xs.clear();
            ys.clear();
            owner.requestLayout();
        }

        public int size() {
            return xs.size();
        }

        public String name() {
            return name;
        }

        public void setVisible(boolean v) {
            visible = v;
            owner.requestLayout();
        }
    }
}
