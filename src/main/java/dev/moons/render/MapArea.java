package dev.moons.render;

import dev.moons.training.BoundaryGrid;
import javafx.geometry.Point2D;

/**
 * Where a boundary pane's map lies: its rectangle in pane pixels and the grid's data rectangle it shows (x2 up),
 * and the conversions between the two.
 */
final class MapArea {
    private BoundaryGrid grid;
    private double rx;
    private double ry;
    private double rw;
    private double rh;

    void setGrid(BoundaryGrid next) {
        grid = next;
    }

    BoundaryGrid grid() {
        return grid;
    }

    /** Moves the map to (x, y, w, h) in pane pixels; returns whether that changed anything. */
    boolean place(double x, double y, double w, double h) {
        boolean moved = x != rx || y != ry || w != rw || h != rh;
        rx = x;
        ry = y;
        rw = w;
        rh = h;
        return moved;
    }

    double x() {
        return rx;
    }

    double y() {
        return ry;
    }

    double w() {
        return rw;
    }

    double h() {
        return rh;
    }

    /** Whether there is a grid and a map of positive width to draw on. */
    boolean drawable() {
        return grid != null && rw > 0;
    }

    /** Width over height of the data rectangle; 1 before there is a grid. */
    double aspect() {
        return grid == null ? 1 : (grid.maxX1() - grid.minX1()) / (grid.maxX2() - grid.minX2());
    }

    /** Raw data coordinates (x1, x2) under the pane pixel (x, y), or null off the map. */
    Point2D dataAt(double x, double y) {
        if (grid == null || rw <= 0 || rh <= 0 || x < rx || x > rx + rw || y < ry || y > ry + rh) {
            return null;
        }
        return new Point2D(grid.minX1() + (x - rx) / rw * (grid.maxX1() - grid.minX1()),
                grid.maxX2() - (y - ry) / rh * (grid.maxX2() - grid.minX2()));
    }

    /** Width of one map pixel in data units of x1; NaN without a grid or map. */
    double dataPerPixel() {
        return grid == null || rw <= 0 ? Double.NaN : (grid.maxX1() - grid.minX1()) / rw;
    }

    /** The map-local pixel column of data x1. */
    double sx(double x1) {
        return (x1 - grid.minX1()) / (grid.maxX1() - grid.minX1()) * rw;
    }

    /** The map-local pixel row of data x2 (x2 grows upwards). */
    double sy(double x2) {
        return (grid.maxX2() - x2) / (grid.maxX2() - grid.minX2()) * rh;
    }
}
