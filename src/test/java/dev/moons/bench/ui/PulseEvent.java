package dev.moons.bench.ui;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One JFR event per FX pulse gap (begins at one pulse's AnimationTimer, ends at the next), so that a recording's
 * execution samples can be matched to the long pulses ({@link PulseProfile}); free when no recording runs.
 */
@Name("moons.PulseGap")
@Label("Pulse gap")
@Category("Moons Lab")
@StackTrace(false)
final class PulseEvent extends Event {
    /** Index of the gap since the probe started (0-based). */
    @Label("Index")
    int index;
    /** ms the render thread ran on a core during the gap (SchedProbe; 0 before it starts). */
    @Label("Render run ms")
    double renderRunMs;
    /** ms the FX thread ran on a core during the gap. */
    @Label("FX run ms")
    double fxRunMs;
    /** The longest ms any watched thread waited for a core during the gap. */
    @Label("Max wait ms")
    double maxWaitMs;
}
