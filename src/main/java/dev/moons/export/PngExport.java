package dev.moons.export;

import dev.moons.io.AtomicFiles;
import dev.moons.render.chart.LinePlot;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javax.imageio.ImageIO;

/** PNG snapshots of JavaFX nodes with a wrapped caption strip underneath, written atomically. */
public final class PngExport {
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final int CAPTION_PAD = 10;

    private PngExport() {}

    /** Snapshot of node (FX thread) with a caption strip under it, written atomically via AtomicFiles. */
    public static void write(Node node, Path file, String caption) throws IOException {
        requireParentDirectory(file);
        writeImage(render(node, caption), file);
    }

    /** Snapshot of {@code node} on a white background with the caption strip under it (FX thread). */
    public static BufferedImage render(Node node, String caption) {
        node.applyCss();
        if (node instanceof Parent parent) {
            parent.layout();
        }
        flushPlots(node);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.WHITE);
        BufferedImage shot = SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null);
        return withCaption(shot, caption);
    }

    /** {@code image} on white with {@code caption} wrapped to its width in a strip below; no JavaFX needed. */
    public static BufferedImage withCaption(BufferedImage image, String caption) {
        int w = image.getWidth();
        List<String> lines = wrap(caption, w - 2 * CAPTION_PAD);
        int strip = captionHeight(caption, w);
        BufferedImage out = new BufferedImage(w, image.getHeight() + strip, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, out.getHeight());
            g.drawImage(image, 0, 0, null);
            if (strip > 0) {
                g.setColor(new Color(0xF4F4F4));
                g.fillRect(0, image.getHeight(), w, strip);
                g.setColor(new Color(0xD0D0D0));
                g.drawLine(0, image.getHeight(), w, image.getHeight());
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(CAPTION_FONT);
                g.setColor(new Color(0x333333));
                FontMetrics fm = g.getFontMetrics();
                int y = image.getHeight() + CAPTION_PAD + fm.getAscent();
                for (String line : lines) {
                    g.drawString(line, CAPTION_PAD, y);
                    y += fm.getHeight();
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Height in pixels of the caption strip for {@code caption} on an image {@code width} wide; 0 when blank. */
    public static int captionHeight(String caption, int width) {
        List<String> lines = wrap(caption, width - 2 * CAPTION_PAD);
        return lines.isEmpty() ? 0 : 2 * CAPTION_PAD + lines.size() * metrics().getHeight();
    }

    /** Writes {@code image} as a PNG to {@code file} atomically; a one-line IOException on failure. */
    public static void writeImage(BufferedImage image, Path file) throws IOException {
        requireParentDirectory(file);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("cannot write " + file + ": no PNG encoder available");
            }
        });
    }

    private static void requireParentDirectory(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("cannot write " + file + ": " + parent + " is not a directory");
        }
    }

    // a LinePlot redraws on the next pulse; a snapshot taken before it would show stale data
    private static void flushPlots(Node node) {
        if (node instanceof LinePlot plot) {
            plot.flush();
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                flushPlots(child);
            }
        }
    }

    // greedy word wrap by measured width; explicit newlines start new lines
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        FontMetrics fm = metrics();
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fm.stringWidth(candidate) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static FontMetrics metrics() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(CAPTION_FONT);
        } finally {
            g.dispose();
        }
    }
}
