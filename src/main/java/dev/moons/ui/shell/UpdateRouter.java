package dev.moons.ui.shell;

import dev.moons.app.RunSnapshot;
import dev.moons.app.Snapshot;
import dev.moons.app.UiEvent;
import dev.moons.app.Update;
import dev.moons.render.BoundaryView;
import dev.moons.render.Formats;
import dev.moons.training.EpochRecord;
import dev.moons.training.RunStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Applies what the training thread delivers to the views: each {@link Update}'s events in order (a reset clears
 * every view; events of an older comparison are dropped) and then its newest snapshot. While the scrubber shows a
 * past epoch, the boundaries and hidden units stay on it; the charts and metrics go on following training.
 */
final class UpdateRouter {
    private final Shown shown;
    private final Views views;
    private final EpochScrubber scrubber;
    private final Toolbar toolbar;
    private final StatusLine status;
    private final ControlsPanel controls;
    private final BooleanSupplier playing;
    private boolean running;

    /** A router writing to these parts of the window; {@code playing} tells whether training runs. */
    UpdateRouter(Shown shown, Views views, EpochScrubber scrubber, Toolbar toolbar, StatusLine status,
            ControlsPanel controls, BooleanSupplier playing) {
        this.shown = shown;
        this.views = views;
        this.scrubber = scrubber;
        this.toolbar = toolbar;
        this.status = status;
        this.controls = controls;
        this.playing = playing;
    }

    /** Shows {@code update}: every event of the comparison shown, then its newest snapshot. */
    void apply(Update update) {
        for (UiEvent e : update.events()) {
            if (e.generation() < shown.generation()) {
                continue;
            }
            if (e instanceof UiEvent.Reset r) {
                showReset(r);
            } else if (e.generation() != shown.generation()) {
                continue;
            } else if (e instanceof UiEvent.Epoch ep) {
                views.charts().add(ep.method(), ep.record());
                views.curvature().add(ep.method(), ep.record());
            } else if (e instanceof UiEvent.Layers l) {
                views.inspector().add(l.method(), l.stats());
            } else if (e instanceof UiEvent.OptimizerChanged o) {
                views.charts().mark(o.epoch(), OptimizerLabels.change(o.before(), o.after()));
            } else if (e instanceof UiEvent.LineSearch l) {
                views.lineSearch().showLive(l.picture());
            } else if (e instanceof UiEvent.Failure f) {
                status.showError(f.message());
            }
        }
        Snapshot s = update.latest();
        if (s != null && s.generation() == shown.generation()) {
            showSnapshot(s);
        }
        refreshPlay();
    }

    /** Back from a past epoch: shows the newest snapshot again. */
    void showLatest() {
        if (shown.lastSnapshot() != null) {
            showSnapshot(shown.lastSnapshot());
        }
        refreshPlay();
    }

    /** Shows whether training plays: the Train button, and the status of each run still going. */
    void refreshPlay() {
        toolbar.showPlaying(playing.getAsBoolean());
        Snapshot last = shown.lastSnapshot();
        if (last != null && scrubber.isLive()) {
            for (RunSnapshot run : List.of(last.left(), last.right())) {
                if (run.last().status() == RunStatus.RUNNING) {
                    views.boundaries().get(run.method()).setStatus(statusText(run), false);
                }
            }
        }
    }

    /** Writes record {@code r} of a run scheduled for {@code epochs} epochs, and its optimizer, over {@code view}. */
    static void showRecord(BoundaryView view, EpochRecord r, int epochs, String optimizer) {
        view.setInfo("epoch " + r.epoch() + " / " + epochs + "   α " + Formats.num(r.step()),
                "loss " + Formats.loss(r.trainLoss()) + "  (test " + Formats.loss(r.testLoss()) + ")",
                "accuracy  train " + Formats.percent(r.trainAcc()) + "  test " + Formats.percent(r.testAcc()),
                optimizer);
    }

    private void showReset(UiEvent.Reset r) {
        shown.reset(r);
        running = false;
        views.showMethods(r.config().methods());
        views.charts().clear();
        views.curvature().clear();
        views.metrics().clear();
        scrubber.reset();
        views.lineSearch().clear();
        views.inspector().clear(r.generation());
        for (BoundaryView view : views.boundaries().values()) {
            view.setData(r.grid(), r.train(), r.test());
        }
        views.hiddenUnits().setModel(r.grid(), r.config().hidden(), r.config().activation());
        toolbar.setReady(true);
        status.setReady(true);
        controls.showDataFile(r.dataFile(), r.all() == null ? 0 : r.all().size());
        status.shownReset(r.train().size() + " training and " + r.test().size() + " test points · seed "
                + r.config().seed() + " · " + r.reason());
    }

    private void showSnapshot(Snapshot s) {
        shown.snapshot(s);
        views.inspector().showLive(s);
        views.curvature().showLive(s);
        for (RunSnapshot run : List.of(s.left(), s.right())) {
            views.metrics().show(run);
            if (!scrubber.isLive()) {
                continue;
            }
            BoundaryView view = views.boundaries().get(run.method());
            view.setBoundary(run.probabilities(), run.contour());
            showRecord(view, run.last(), run.epochs(), OptimizerLabels.of(run.method(), s.config()));
            RunStatus status = run.last().status();
            view.setStatus(statusText(run), status == RunStatus.DIVERGED || status == RunStatus.FAILED);
        }
        int epoch = shown.epoch();
        scrubber.setLatest(epoch);
        boolean bothEnded = s.left().last().status() != RunStatus.RUNNING
                && s.right().last().status() != RunStatus.RUNNING;
        if (bothEnded && running) {
            // the reset's reason ("settings changed") is old news once training has ended
            status.showInfo("Training ended at epoch " + epoch + ": " + s.left().method().id() + " "
                    + statusText(s.left()) + ", " + s.right().method().id() + " "
                    + statusText(s.right()));
        }
        running = !bothEnded;
        if (scrubber.isLive()) {
            views.hiddenUnits().show(s.left().theta(), s.right().theta(), "epoch " + epoch);
        }
        toolbar.showEpoch(String.format(Locale.ROOT, "epoch %d / %d", epoch, s.left().epochs()));
    }

    private String statusText(RunSnapshot run) {
        EpochRecord r = run.last();
        return switch (r.status()) {
            case RUNNING -> playing.getAsBoolean() ? "training" : (r.epoch() == 0 ? "ready" : "paused");
            case FINISHED -> "finished";
            case DIVERGED -> "diverged at epoch " + run.divergedAt();
            case STALLED -> "stalled at epoch " + r.epoch();
            case CANCELLED -> "stopped";
            case FAILED -> "failed";
        };
    }
}
