package dev.moons.export;

import dev.moons.io.AtomicFiles;
import dev.moons.render.chart.LinePlot;
import dev.moons.render.chart.Ticks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * A line chart as an SVG document a teacher can drop into slides: title, frame, grid, tick labels, axis titles,
 * one polyline per visible series, a legend beside the plot and a caption line. Hand-written rather than a
 * library (Batik, JFreeSVG): the picture needs only rects, lines, polylines and text, which take a page here,
 * against megabytes of dependency and a second drawing path to keep in step with the canvas.
 */
public final class LineChartSvg {
    private static final double LEFT = 90;
    private static final double TOP = 60;
    private static final double BOTTOM = 90;
    private static final double LEGEND = 230;
    private static final String FONT = "font-family=\"sans-serif\"";

    private LineChartSvg() {}

    /** The SVG text of {@code plot}'s visible series at {@code width} × {@code height}, titled, with a caption. */
    public static String svg(LinePlot plot, String title, String caption, int width, int height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(plot, title, caption, width, height, 0, 0);
    }

    /**
     * {@link #svg} as one {@code <svg>} element placed at ({@code x}, {@code y}) without the XML declaration, to
     * nest several charts in one document.
     */
    public static String element(LinePlot plot, String title, String caption, int width, int height, int x, int y) {
        double[] r = plot.shownRange();
        boolean log = plot.isLogY();
        double x0 = r[0];
        double x1 = r[1];
        double y0 = Double.isNaN(r[2]) ? (log ? -2 : 0) : r[2];
        double y1 = Double.isNaN(r[3]) ? (log ? 0 : 1) : r[3];
        Frame f = new Frame(LEFT, TOP, width - LEFT - LEGEND, height - TOP - BOTTOM, x0, x1, y0, y1);
        StringBuilder out = new StringBuilder(4096);
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" x=\"%d\" y=\"%d\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n", x, y, width, height, width, height));
        out.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"white\"/>%n",
                width, height));
        text(out, LEFT, 36, 22, "bold", "start", title);
        xTicks(out, f);
        yTicks(out, f, log);
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                + " fill=\"none\" stroke=\"#8a8a8a\"/>%n", f.x, f.y, f.w, f.h));
        text(out, f.x + f.w / 2, f.y + f.h + 44, 15, "normal", "middle", plot.xAxisLabel());
        out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"0\" transform=\"translate(24 %.1f) rotate(-90)\""
                + " %s font-size=\"15\" text-anchor=\"middle\">%s</text>%n", f.y + f.h / 2, FONT,
                escape(plot.yAxisLabel() + (log ? " (log scale)" : ""))));
        List<LinePlot.Series> shown = plot.series().stream().filter(LinePlot.Series::isVisible).toList();
        for (LinePlot.Series s : shown) {
            polyline(out, f, s, log);
        }
        legend(out, f, shown);
        text(out, 12, height - 14, 13, "normal", "start", caption);
        out.append("</svg>\n");
        return out.toString();
    }

    /** {@link #svg} written atomically to {@code file}; a one-line IOException on failure. */
    public static void write(LinePlot plot, String title, String caption, int width, int height, Path file)
            throws IOException {
        AtomicFiles.writeString(file, svg(plot, title, caption, width, height));
    }

    private record Frame(double x, double y, double w, double h, double x0, double x1, double y0, double y1) {
        double px(double v) {
            return x + (v - x0) / (x1 - x0) * w;
        }

        double py(double v) {
            return y + h - (v - y0) / (y1 - y0) * h;
        }
    }

    private static void xTicks(StringBuilder out, Frame f) {
        int target = Math.max(2, (int) (f.w / 110));
        double[] ticks = Ticks.linear(f.x0, f.x1, target);
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : Math.max(1e-12, f.x1 - f.x0);
        for (double t : ticks) {
            double px = f.px(t);
            line(out, px, f.y, px, f.y + f.h, "#e6e6e6");
            text(out, px, f.y + f.h + 20, 13, "normal", "middle", Ticks.format(t, step));
        }
    }

    private static void yTicks(StringBuilder out, Frame f, boolean log) {
        double[] ticks;
        double step;
        if (log) {
            ticks = Ticks.logMajor((int) Math.round(f.y0), (int) Math.round(f.y1), Math.max(2, (int) (f.h / 70)));
            step = 1;
        } else {
            ticks = Ticks.linear(f.y0, f.y1, Math.max(2, (int) (f.h / 70)));
            step = ticks.length > 1 ? ticks[1] - ticks[0] : Math.max(1e-12, f.y1 - f.y0);
        }
        for (double t : ticks) {
            double py = f.py(log ? Math.log10(t) : t);
            line(out, f.x, py, f.x + f.w, py, "#e6e6e6");
            text(out, f.x - 8, py + 4, 13, "normal", "end", log ? Ticks.formatLog(t) : Ticks.format(t, step));
        }
    }

    // one polyline per series; points that cannot be drawn (non-finite, or ≤ 0 on a log axis) are left out, and
    // points off the y range (above the loss cap) are pinned to its edge: no clip path, which some viewers ignore
    private static void polyline(StringBuilder out, Frame f, LinePlot.Series s, boolean log) {
        StringBuilder points = new StringBuilder(s.size() * 14);
        for (int i = 0; i < s.size(); i++) {
            double x = s.x(i);
            double y = s.y(i);
            if (!Double.isFinite(x) || !Double.isFinite(y) || (log && y <= 0)) {
                continue;
            }
            double py = Math.max(f.y, Math.min(f.y + f.h, f.py(log ? Math.log10(y) : y)));
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", f.px(x), py));
        }
        out.append(String.format(Locale.ROOT, "<polyline class=\"series\" data-name=\"%s\" fill=\"none\""
                + " stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n",
                escape(s.name()), hex(s.color()), s.isDashed() ? " stroke-dasharray=\"8 5\"" : "",
                points.toString().strip()));
    }

    // the legend beside the plot, right of its frame: never over a curve
    private static void legend(StringBuilder out, Frame f, List<LinePlot.Series> shown) {
        double x = f.x + f.w + 20;
        double y = f.y + 10;
        for (LinePlot.Series s : shown) {
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"%s\" stroke-width=\"2\"%s/>%n", x, y, x + 28, y, hex(s.color()),
                    s.isDashed() ? " stroke-dasharray=\"8 5\"" : ""));
            text(out, x + 36, y + 5, 14, "normal", "start", s.name());
            y += 24;
        }
    }

    private static void line(StringBuilder out, double x1, double y1, double x2, double y2, String colour) {
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"%s\"/>%n", x1, y1, x2, y2, colour));
    }

    private static void text(StringBuilder out, double x, double y, int size, String weight, String anchor,
            String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s font-size=\"%d\" font-weight=\"%s\""
                + " text-anchor=\"%s\" fill=\"#222222\">%s</text>%n", x, y, FONT, size, weight, anchor, escape(s)));
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
