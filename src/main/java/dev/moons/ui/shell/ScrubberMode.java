package dev.moons.ui.shell;

import dev.moons.app.EpochView;
import dev.moons.app.TrainingService;
import dev.moons.render.BoundaryView;
import dev.moons.training.EpochRecord;
import java.util.List;

/**
 * Scrubber mode: while the {@link EpochScrubber} is off live, the boundaries, the charts' cursor, the line search,
 * the inspector and the hidden units show the kept epoch asked for, re-evaluated on the training thread; "Live"
 * hands them back to following training.
 */
final class ScrubberMode {
    private final TrainingService service;
    private final Shown shown;
    private final Views views;
    private final Runnable backToLive;
    private final EpochScrubber scrubber = new EpochScrubber(this::scrubTo, this::followLive);

    /** Past epochs of what {@code shown} describes, from {@code service}; {@code backToLive} shows the newest again. */
    ScrubberMode(TrainingService service, Shown shown, Views views, Runnable backToLive) {
        this.service = service;
        this.shown = shown;
        this.views = views;
        this.backToLive = backToLive;
    }

    /** The slider and its "Live" button. */
    EpochScrubber scrubber() {
        return scrubber;
    }

    private void scrubTo(int epoch) {
        if (shown.isReady()) {
            service.inspect(epoch, this::showEpoch);
        }
    }

    private void showEpoch(EpochView v) {
        if (scrubber.isLive() || v.generation() != shown.generation()) {
            return;
        }
        String[] optimizers = {OptimizerLabels.of(views.methods().get(0), shown.config()),
            OptimizerLabels.of(views.methods().get(1), shown.config())};
        double[][] probabilities = {v.leftProbabilities(), v.rightProbabilities()};
        EpochRecord[] records = {v.left(), v.right()};
        int i = 0;
        for (BoundaryView view : List.of(views.lane(0), views.lane(1))) {
            if (probabilities[i] != null) {
                view.setProbabilities(probabilities[i]);
            }
            UpdateRouter.showRecord(view, records[i], shown.config().epochs(), optimizers[i]);
            view.setStatus("epoch " + v.epoch() + " (past)", false);
            i++;
        }
        views.charts().showEpoch(v.epoch());
        views.curvature().showPast(v);
        views.lineSearch().showPast(v.lineSearch());
        views.inspector().showPast(v);
        views.hiddenUnits().show(v.leftTheta(), v.rightTheta(), "epoch " + v.epoch() + " (past)");
        scrubber.showing(v.requested(), v.epoch(), v.stride());
    }

    private void followLive() {
        views.charts().showEpoch(-1);
        views.curvature().showEpoch(-1);
        views.lineSearch().followLive();
        views.inspector().followLive();
        backToLive.run();
    }
}
