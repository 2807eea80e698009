package dev.moons.training;

import java.util.List;

/** The checks a saved run's records and layer stats pass before {@link TrainingRun#resume} continues it. */
final class SavedRun {
    private SavedRun() {}

    /**
     * Throws unless {@code history} is epochs 0, 1, … in order, at most {@code epochs} of them after epoch 0, with
     * only the last not running, and {@code layerStats} is empty or one per record, epoch 0 first.
     */
    static void check(List<EpochRecord> history, List<LayerStats> layerStats, int epochs) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a resumed run needs at least the record of epoch 0");
        }
        for (int i = 0; i < history.size(); i++) {
            EpochRecord r = history.get(i);
            if (r.epoch() != i) {
                throw new IllegalArgumentException("record " + i + " is of epoch " + r.epoch() + ", expected " + i);
            }
            if (i < history.size() - 1 && r.status() != RunStatus.RUNNING) {
                throw new IllegalArgumentException("epoch " + i + " is " + r.status().label()
                        + " but is not the last record");
            }
        }
        if (history.size() - 1 > epochs) {
            throw new IllegalArgumentException("history has " + (history.size() - 1) + " epochs, more than " + epochs);
        }
        if (!layerStats.isEmpty() && layerStats.size() != history.size()) {
            throw new IllegalArgumentException("layer stats have " + layerStats.size() + " entries, the history "
                    + history.size());
        }
        for (int i = 0; i < layerStats.size(); i++) {
            if (layerStats.get(i).epoch() != i) {
                throw new IllegalArgumentException("layer stats " + i + " are of epoch " + layerStats.get(i).epoch());
            }
        }
    }
}
