package dev.moons.render.chart;

import java.util.List;
import javafx.geometry.Bounds;

/**
 * What a chart's last redraw put where, in canvas pixels: the box of every label it drew (titles, ticks, legend
 * entries, marker labels), the legend's box (null when none) and the plot frame (null before the first redraw).
 */
public record ChartLayout(List<Bounds> textBoxes, Bounds legend, Bounds plotArea) {
}
