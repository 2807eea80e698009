package dev.moons.ui.shell;

import dev.moons.training.Config;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;

/** What a section of the settings panel needs from the panel: a change to try, and whether it is setting them. */
interface ConfigEdits {

    /** Applies {@code change} to the current settings when Config accepts it, else shows why under {@code error}. */
    void attempt(Label error, UnaryOperator<Config> change);

    /** True while the panel itself sets the controls, so that their listeners report no change. */
    boolean updating();
}
