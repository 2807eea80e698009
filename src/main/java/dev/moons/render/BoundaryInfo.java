package dev.moons.render;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A boundary pane's words around the map: the strip of run numbers above it (wrapped as whole items, labels
 * reused), the status (a pill beside the title, or a red banner across the map when it is an alarm) and the
 * map's frame, which turns red with an alarm. The pane lays these nodes out.
 */
final class BoundaryInfo {
    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font INFO_FONT = Font.font(FAMILY, 13.5);
    private static final Color INFO_TEXT = Color.web("#1a1a1a");
    private static final String FRAME = "-fx-border-color: rgba(0,0,0,0.35); -fx-border-width: 1;";
    private static final String ALARM_FRAME = "-fx-border-color: #c62828; -fx-border-width: 3;";
    private static final Font PILL_FONT = Font.font(FAMILY, FontWeight.BOLD, 14);
    private static final Font ALARM_FONT = Font.font(FAMILY, FontWeight.BOLD, 17);
    private static final String PILL_STYLE =
            "-fx-background-color: rgba(40,40,40,0.78); -fx-text-fill: white; -fx-background-radius: 10;";
    private static final String ALARM_STYLE =
            "-fx-background-color: rgba(198,40,40,0.94); -fx-text-fill: white; -fx-background-radius: 4;";
    private static final Insets PILL_PADDING = new Insets(3, 10, 3, 10);
    private static final Insets ALARM_PADDING = new Insets(6, 12, 6, 12);

    private final FlowPane info = new FlowPane(18, 0);
    private final Label status = new Label();
    private final Region frame = new Region();
    private String infoText = "";
    private boolean alarm;
    /** The tallest strip seen at {@link #heldWidth} since the last {@link #releaseHeight}: the map keeps its size. */
    private double heldHeight;
    private double heldWidth = -1;

    BoundaryInfo() {
        frame.setMouseTransparent(true);
        frame.setStyle(FRAME);
        info.getStyleClass().add("boundary-info");
        info.setVisible(false);
        status.getStyleClass().add("boundary-status");
        status.setAlignment(Pos.CENTER);
        status.setVisible(false);
    }

    FlowPane info() {
        return info;
    }

    Label status() {
        return status;
    }

    Region frame() {
        return frame;
    }

    /** Shows the non-empty {@code lines} as items of the strip; none hides it. */
    void setInfo(String... lines) {
        infoText = lines == null ? "" : String.join("\n", lines);
        int shown = 0;
        for (String line : lines == null ? new String[0] : lines) {
            if (line == null || line.isEmpty()) {
                continue;
            }
            if (shown == info.getChildren().size()) {
                Label item = new SteadyLabel(); // new numbers every epoch: the strip is re-laid only when one widens
                item.setFont(INFO_FONT);
                item.setTextFill(INFO_TEXT);
                info.getChildren().add(item);
            }
            ((Label) info.getChildren().get(shown++)).setText(line);
        }
        info.getChildren().remove(shown, info.getChildren().size());
        info.setVisible(shown > 0);
    }

    /**
     * Shows {@code text} (null or empty hides it) as a pill, or with {@code alarm} as a banner and red frame; returns
     * whether anything changed. The same status again (every epoch while training) changes no property, so it
     * costs no CSS or layout pass.
     */
    boolean setStatus(String text, boolean alarm) {
        boolean show = text != null && !text.isEmpty();
        String shown = show ? text : "";
        if (alarm == this.alarm && show == status.isVisible() && shown.equals(status.getText())
                && status.getFont() == (alarm ? ALARM_FONT : PILL_FONT)) {
            return false;
        }
        this.alarm = alarm;
        status.setText(shown);
        status.setVisible(show);
        status.setFont(alarm ? ALARM_FONT : PILL_FONT);
        status.setStyle(alarm ? ALARM_STYLE : PILL_STYLE);
        status.setPadding(alarm ? ALARM_PADDING : PILL_PADDING);
        frame.setStyle(alarm ? ALARM_FRAME : FRAME);
        return true;
    }

    /** The run numbers' text (lines joined by newlines). */
    String infoText() {
        return infoText;
    }

    /** Whether the last status asked for an alarm (shown or not). */
    boolean alarmRequested() {
        return alarm;
    }

    /**
     * The strip's height at {@code width}: the tallest it has been at this width since {@link #releaseHeight}, so
     * numbers that wrap to one more line and back (every few epochs while training) leave the map's size alone and
     * its scatter is not repainted; 0 while hidden. For the pane's layout; {@link #infoHeight} is the strip's own.
     */
    double heldInfoHeight(double width) {
        if (!info.isVisible()) {
            return 0;
        }
        if (width != heldWidth) {
            heldWidth = width;
            heldHeight = 0;
        }
        heldHeight = Math.max(heldHeight, Math.ceil(info.prefHeight(width)));
        return heldHeight;
    }

    /** The strip's height at {@code width} now; 0 when hidden. */
    double infoHeight(double width) {
        return info.isVisible() ? Math.ceil(info.prefHeight(width)) : 0;
    }

    /** Forgets the held height (new data: the strip may be shorter from now on). */
    void releaseHeight() {
        heldWidth = -1;
        heldHeight = 0;
    }
}
