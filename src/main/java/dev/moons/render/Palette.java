package dev.moons.render;

import dev.moons.training.Method;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/** Each method's colour on screen, from {@link Method#rgb()}. */
public final class Palette {
    private static final Map<Method, Color> COLOURS = new EnumMap<>(Method.class);

    static {
        for (Method m : Method.values()) {
            int rgb = m.rgb();
            COLOURS.put(m, Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        }
    }

    private Palette() {}

    /** The colour of {@code m}'s curves and panes. */
    public static Color of(Method m) {
        return COLOURS.get(m);
    }
}
