package dev.moons.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (two interlocking moons) at 32, 64 and 256 px into the app's resources, the one copy of the
 * icons: {@code java src/test/java/dev/moons/tools/DrawIcon.java src/main/resources/dev/moons/ui/shell}.
 */
public final class DrawIcon {
    private DrawIcon() {
    }

    /** Writes icon-32.png, icon-64.png and icon-256.png into the folder {@code a[0]}. */
    public static void main(String[] a) throws Exception {
        if (a.length != 1 || !new File(a[0]).isDirectory()) {
            System.err.println("usage: DrawIcon FOLDER   (an existing folder, e.g. src/main/resources/dev/moons/ui/shell)");
            System.exit(2);
        }
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1f2937));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 88, 88));
        g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xE69F00));
        g.draw(new Arc2D.Double(44, 84, 124, 124, 0, 180, Arc2D.OPEN));
        g.setColor(new Color(0x56B4E9));
        g.draw(new Arc2D.Double(88, 48, 124, 124, 180, 180, Arc2D.OPEN));
        g.dispose();
        for (int size : new int[] {32, 64, 256}) {
            BufferedImage scaled = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D s = scaled.createGraphics();
            s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            s.drawImage(img.getScaledInstance(size, size, Image.SCALE_SMOOTH), 0, 0, null);
            s.dispose();
            ImageIO.write(scaled, "png", new File(a[0], "icon-" + size + ".png"));
        }
    }
}
