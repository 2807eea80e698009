package dev.moons.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Temporary stand-in for the views branch's PNG export: a snapshot of a node written atomically. */
public final class PngExport {
    private PngExport() {}

    /** Writes {@code node} as a PNG to {@code file}; the caption is not drawn by this stand-in. */
    public static void write(Node node, Path file, String caption) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        AtomicFiles.write(file, out -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out));
    }
}
