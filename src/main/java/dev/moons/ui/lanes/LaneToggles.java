package dev.moons.ui.lanes;

import dev.moons.training.Method;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * Two toggles, one per lane (left first), named after the method each lane runs: a view picks which run it shows.
 * The selected lane stays selected when the lanes' methods change; the owner hears the method it now shows.
 */
public final class LaneToggles {
    private final SegmentedButton buttons = new SegmentedButton();
    private final List<ToggleButton> lanes = List.of(new ToggleButton(), new ToggleButton());
    private final Function<Method, String> idOf;
    private final Consumer<Method> onSelect;

    /**
     * Toggles in a segmented button {@code id}; each toggle's node id is {@code idOf(method)}; {@code onSelect} hears
     * the method of every lane selected, and of the selected lane when its method changes.
     */
    public LaneToggles(String id, Function<Method, String> idOf, Consumer<Method> onSelect) {
        this.idOf = idOf;
        this.onSelect = onSelect;
        buttons.setId(id);
        for (ToggleButton b : lanes) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getButtons().add(b);
        }
        lanes.get(0).setSelected(true);
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else if (t.getUserData() instanceof Method m) {
                onSelect.accept(m);
            }
        });
    }

    /** Names the toggles after {@code methods} (left first) and tells the owner the selected lane's method. */
    public void setMethods(List<Method> methods) {
        for (int i = 0; i < lanes.size(); i++) {
            ToggleButton b = lanes.get(i);
            Method m = methods.get(i);
            b.setText(m.shortLabel());
            b.setId(idOf.apply(m));
            b.setUserData(m);
        }
        onSelect.accept(selected());
    }

    /** Selects the lane that runs {@code m}, if one does. */
    public void select(Method m) {
        for (ToggleButton b : lanes) {
            if (b.getUserData() == m) {
                b.setSelected(true);
            }
        }
    }

    /** The method of the selected lane (null before {@link #setMethods}). */
    public Method selected() {
        for (ToggleButton b : lanes) {
            if (b.isSelected()) {
                return (Method) b.getUserData();
            }
        }
        return null;
    }

    /** The segmented button to lay out. */
    public Node node() {
        return buttons;
    }

    /** The id of {@code m}'s toggle: {@code prefix + "Momentum" + suffix}. */
    public static String id(String prefix, Method m, String suffix) {
        String name = m.id();
        StringBuilder s = new StringBuilder(prefix);
        for (String part : name.split("-")) {
            s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return s.append(suffix).toString();
    }
}
