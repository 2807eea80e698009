package dev.moons.render;

import javafx.scene.control.Label;

/**
 * A label for numbers that change every epoch: a new text whose min, pref and max sizes are those of the last text
 * its parents laid out re-lays only this label (its text node), not every pane up to the window. A plain
 * {@link Label} asks its whole chain of parents for a layout pass on each new text, which was a fifth of the FX
 * thread's work while training. Wrapping labels, and any request whose sizes differ (a wider number, a new font,
 * graphic or CSS), go up as usual. Its min width is its pref width (numbers are not ellipsized): the skin's
 * computed min width lags one text behind at the moment of the request.
 */
public class SteadyLabel extends Label {
    /** Min, pref and max width, then height, at which the parents last laid this label out; NaN before that. */
    private final double[] laidOut = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    private final double[] now = new double[6];
    private long localLayouts;

    /** An empty steady label. */
    public SteadyLabel() {
        setMinWidth(USE_PREF_SIZE);
    }

    /** A steady label showing {@code text}. */
    public SteadyLabel(String text) {
        super(text);
        setMinWidth(USE_PREF_SIZE);
    }

    @Override
    public void requestLayout() {
        boolean measured = getSkin() != null && !isWrapText();
        if (measured && sizesUnchanged() && getParent() != null) {
            localLayouts++;
            setNeedsLayout(true); // this label's children only; its parents keep their layout
            return;
        }
        super.requestLayout();
        if (measured) {
            System.arraycopy(now, 0, laidOut, 0, now.length);
        } else {
            java.util.Arrays.fill(laidOut, Double.NaN);
        }
    }

    /** How many layout requests stayed with this label since it was made (for tests and benchmarks). */
    public long localLayouts() {
        return localLayouts;
    }

    /** Reads the sizes the current text asks for into {@code now}; true when they equal the laid-out ones. */
    private boolean sizesUnchanged() {
        now[0] = minWidth(-1);
        now[1] = computePrefWidth(-1);
        now[2] = computeMaxWidth(-1);
        now[3] = computeMinHeight(-1);
        now[4] = computePrefHeight(-1);
        now[5] = computeMaxHeight(-1);
        for (int i = 0; i < now.length; i++) {
            if (Double.compare(now[i], laidOut[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
