package dev.moons.app;

import java.util.List;

/**
 * What one UI update shows: every event queued since the previous update, in order, and the newest snapshot
 * (null when an earlier update already showed it).
 */
public record Update(List<UiEvent> events, Snapshot latest) {
}
