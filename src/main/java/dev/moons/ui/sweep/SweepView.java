package dev.moons.ui.sweep;

import dev.moons.render.Formats;
import dev.moons.render.Palette;
import dev.moons.training.Config;
import dev.moons.training.Method;
import dev.moons.training.sweep.LearningRates;
import dev.moons.training.sweep.Sweep;
import dev.moons.training.sweep.SweepProgress;
import dev.moons.training.sweep.SweepResult;
import dev.moons.training.sweep.SweepSession;
import dev.moons.training.sweep.SweepTally;
import dev.moons.render.chart.SweepPlot;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The learning-rate sweep view: Run/Cancel, a seeds spinner, a progress bar with the time left, Export PNG/CSV
 * of a finished sweep, and the sweep's three plots, filled in as runs end. The sweep runs in a {@link SweepSession} (never on the FX
 * thread) with the settings {@code settings} gives at the moment Run is pressed.
 */
public final class SweepView {
    private final Supplier<Config> settings;
    private final double[] lrs;
    private final Executor ui;
    private final BorderPane root = new BorderPane();
    private final Button runButton = new Button("Run sweep");
    private final Button cancelButton = new Button("Cancel");
    private final Spinner<Integer> seedsSpinner = new Spinner<>(1, 20, 3);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressLabel = new Label("not started");
    private final Label errorLabel = new Label();
    private final Label about = new Label();
    private final Label exportLabel = new Label();
    private final Button pngButton = new Button("Export PNG…");
    private final Button csvButton = new Button("Export CSV…");
    private final Button svgButton = new Button("Export SVG…");
    private final SweepExport export;
    private final SweepPlot accuracy = plot(SweepPlot.Metric.TEST_ACCURACY);
    private final SweepPlot loss = plot(SweepPlot.Metric.TRAIN_LOSS);
    private final SweepPlot evals = plot(SweepPlot.Metric.LOSS_EVALUATIONS);
    private SweepSession session;
    private SweepTally tally;
    private SweepResult result;

    /** A view sweeping {@code lrs} with the app's current {@code settings}; results arrive on {@code ui}. */
    SweepView(Supplier<Config> settings, double[] lrs, Executor ui) {
        this(settings, lrs, ui, SaveTarget.none());
    }

    /** As above, exporting its plots and results to files {@code target} picks. */
    SweepView(Supplier<Config> settings, double[] lrs, Executor ui, SaveTarget target) {
        this.export = new SweepExport(target, () -> result, about::getText, exportLabel::setText);
        this.settings = settings;
        this.lrs = LearningRates.checked(lrs);
        this.ui = ui;
        this.tally = new SweepTally(lrs);
        root.setId("sweepView");
        root.getStyleClass().add("dashboard");
        root.setTop(controls());
        root.setCenter(plots());
        root.setPadding(new Insets(8));
        refresh();
    }

    /** A view over the default grid: 13 learning rates from 1e-3 to 10, exporting to files {@code target} picks. */
    SweepView(Supplier<Config> settings, Executor ui, SaveTarget target) {
        this(settings, LearningRates.defaults(), ui, target);
    }

    Parent root() {
        return root;
    }

    /** Starts a sweep with the current settings and the seeds from the spinner. */
    void run() {
        if (isRunning()) {
            return;
        }
        errorLabel.setText("");
        result = null;
        try {
            Config config = settings.get().withSeeds(seedsSpinner.getValue());
            session = new SweepSession(config, lrs, Sweep.DEFAULT_THREADS, ui, new SweepSession.Listener() {
                @Override
                public void progress(SweepProgress p, SweepTally t) {
                    showProgress(p, t);
                }

                @Override
                public void ended(SweepResult r, SweepTally t) {
                    showEnd(r, t);
                }

                @Override
                public void failed(String message) {
                    showError(message);
                }
            });
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        tally = session.tally();
        about.setText(describe(settings.get(), seedsSpinner.getValue(), session.totalRuns()));
        progress.setProgress(0);
        progressLabel.setText("0 / " + session.totalRuns() + " runs");
        showPlots();
        session.start();
        refresh();
    }

    /** Stops the sweep in progress; runs already ended stay on the plots. */
    void cancel() {
        if (session != null && isRunning()) {
            session.cancel();
            progressLabel.setText("cancelling…");
            cancelButton.setDisable(true);
        }
    }

    /** Whether a sweep is running. */
    boolean isRunning() {
        return session != null && session.isRunning() && result == null;
    }

    /** The runs ended so far in the current (or last) sweep. */
    SweepTally tally() {
        return tally;
    }

    /** The last sweep's result, or null while one runs or before the first. */
    SweepResult result() {
        return result;
    }

    /** The one-line error shown, or "". */
    String errorText() {
        return errorLabel.getText();
    }

    private void showProgress(SweepProgress p, SweepTally t) {
        if (result != null) {
            return;
        }
        progress.setProgress(p.fraction());
        progressLabel.setText(p.done() + " / " + p.total() + " runs · " + remaining(p.remainingMs()) + " left");
        showPlots();
    }

    private void showEnd(SweepResult r, SweepTally t) {
        result = r;
        progress.setProgress(r.cancelled() ? progress.getProgress() : 1);
        progressLabel.setText((r.cancelled() ? "cancelled after " : "done in ") + remaining(r.wallMs()) + " · "
                + t.size() + " runs");
        showPlots();
        refresh();
    }

    private void showError(String message) {
        result = null;
        session = null;
        errorLabel.setText(message);
        progressLabel.setText("not run");
        refresh();
    }

    private void showPlots() {
        accuracy.show(tally.fixedAggregates(), tally.band());
        loss.show(tally.fixedAggregates(), tally.band());
        evals.show(tally.fixedAggregates(), tally.band());
    }

    private void refresh() {
        boolean running = isRunning();
        runButton.setDisable(running);
        cancelButton.setDisable(!running);
        seedsSpinner.setDisable(running);
        pngButton.setDisable(result == null);
        csvButton.setDisable(result == null);
        svgButton.setDisable(result == null);
    }

    private VBox controls() {
        runButton.setId("sweepRunButton");
        runButton.getStyleClass().add("primary");
        runButton.setOnAction(e -> run());
        cancelButton.setId("sweepCancelButton");
        cancelButton.setOnAction(e -> cancel());
        seedsSpinner.setId("sweepSeedsSpinner");
        seedsSpinner.setPrefWidth(80);
        seedsSpinner.setTooltip(new Tooltip("Seeds k: every learning rate and backtracking run once per seed;"
                + " the plots show the mean and the spread over seeds."));
        progress.setId("sweepProgress");
        progress.setPrefWidth(240);
        progressLabel.setId("sweepProgressLabel");
        errorLabel.setId("sweepError");
        errorLabel.getStyleClass().add("error-text");
        about.setId("sweepAbout");
        about.getStyleClass().add("hint");
        about.setWrapText(true);
        about.setText(describe(null, seedsSpinner.getValue(), (lrs.length + 1) * seedsSpinner.getValue()));
        pngButton.setId("sweepExportPng");
        pngButton.setOnAction(e -> export.png());
        csvButton.setId("sweepExportCsv");
        csvButton.setOnAction(e -> export.csv());
        svgButton.setId("sweepExportSvg");
        svgButton.setOnAction(e -> export.svg());
        exportLabel.setId("sweepExportStatus");
        exportLabel.getStyleClass().add("hint");
        HBox bar = new HBox(8, runButton, cancelButton, new Label("Seeds"), seedsSpinner, progress, progressLabel,
                pngButton, svgButton, csvButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, about, errorLabel, exportLabel);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private GridPane plots() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(55);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(45);
        grid.getRowConstraints().addAll(top, bottom);
        accuracy.setId("sweepAccuracyPlot");
        loss.setId("sweepLossPlot");
        evals.setId("sweepEvalsPlot");
        for (SweepPlot p : new SweepPlot[] {accuracy, loss, evals}) {
            p.setMinSize(0, 0);
            p.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            GridPane.setHgrow(p, Priority.ALWAYS);
            GridPane.setVgrow(p, Priority.ALWAYS);
        }
        grid.add(accuracy, 0, 0, 2, 1);
        grid.add(loss, 0, 1);
        grid.add(evals, 1, 1);
        return grid;
    }

    private String describe(Config c, int seeds, int runs) {
        String what = "Fixed-LR gradient descent at " + lrs.length + " learning rates ("
                + Formats.num(lrs[0]) + " … " + Formats.num(lrs[lrs.length - 1]) + ") and backtracking once per seed, "
                + seeds + (seeds == 1 ? " seed" : " seeds") + ": " + runs + " runs on " + Sweep.DEFAULT_THREADS
                + " threads";
        if (c == null) {
            return what + ", with the main window's settings when you press Run.";
        }
        return what + String.format(Locale.ROOT, ", %d epochs, %d samples, noise %s, H %d, α0 %s, ρ %s, c %s.",
                c.epochs(), c.samples(), Formats.num(c.noise()), c.hidden(), Formats.num(c.alpha0()),
                Formats.num(c.rho()), Formats.num(c.c()));
    }

    private static String remaining(double ms) {
        if (!Double.isFinite(ms)) {
            return "estimating time";
        }
        long s = Math.round(ms / 1000);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    private static SweepPlot plot(SweepPlot.Metric metric) {
        return new SweepPlot(metric, Palette.of(Method.FIXED), Palette.of(Method.BACKTRACKING));
    }
}
