import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the app icon (two interlocking moons): java assets/DrawIcon.java assets/icon-256.png */
public class DrawIcon {
    public static void main(String[] a) throws Exception {
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
        ImageIO.write(img, "png", new File(a[0]));
    }
}
