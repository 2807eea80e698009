package dev.moons.ui.service;

/** The latest state of both runs; the UI shows only the newest one it receives. */
public record Snapshot(long generation, RunSnapshot fixed, RunSnapshot backtracking) {
}
