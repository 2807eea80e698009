package dev.moons.cli;

import dev.moons.training.Parameter;
import java.util.Arrays;
import java.util.ListResourceBundle;

/**
 * The help text of every option named after a {@link Parameter} row, written from the row: its meaning, its
 * valid values and its default, e.g. "--hidden  hidden units H; 1..256 (default 16)". Picocli reads option
 * descriptions from a resource bundle keyed by the option's name without dashes, so this bundle is the table.
 */
public final class OptionHelp extends ListResourceBundle {

    /** Key "train-ratio" → "fraction of each class …; (0,1) (default ${DEFAULT-VALUE})", one per row. */
    @Override
    protected Object[][] getContents() {
        return Arrays.stream(Parameter.values()).map(p -> new Object[] {p.key(), text(p)}).toArray(Object[][]::new);
    }

    /** One option's help: a switch has no range to state. */
    static String text(Parameter p) {
        String values = p == Parameter.WARM_START ? "" : "; " + p.valuesText();
        return p.meaning() + values + " (default ${DEFAULT-VALUE})";
    }
}
