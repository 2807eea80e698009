package dev.moons.ui.hidden;

import dev.moons.model.Activation;
import dev.moons.model.HiddenUnitMaps;
import dev.moons.render.UnitScale;
import dev.moons.training.BoundaryGrid;
import dev.moons.training.Method;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes hidden-unit maps on one background thread: each θ is mapped with {@link HiddenUnitMaps} (ND4J float32)
 * and coloured by its {@link UnitScale} into a reused int[], then handed to the FX side. At most one job is in
 * flight; a job arriving meanwhile replaces the waiting one. State other than the worker's buffers is touched on
 * the FX thread only.
 */
final class UnitMapJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UnitMapJobs.class);

    /** One θ [4H+1] to map, with what it is mapped on and the moment it shows ("epoch 12"). */
    record Job(BoundaryGrid grid, int hidden, Activation f, Method method, double[] theta, String when) {
        /** The same maps described as shown at {@code nextWhen}. */
        Job at(String nextWhen) {
            return new Job(grid, hidden, f, method, theta, nextWhen);
        }

        /** Whether this job maps exactly that θ of that run on that grid. */
        boolean maps(BoundaryGrid g, Method run, double[] parameters) {
            return grid == g && method == run && Arrays.equals(theta, parameters);
        }
    }

    /** The maps of a job as colours, unit after unit ([H × pixels], row-major), with their scale and cost. */
    record Result(Job job, int[] argb, UnitScale scale, long nanos) {
    }

    /** The FX side: shows a result, or that a job failed. */
    interface Painter {
        /** Shows {@code r}; returns false when it no longer fits what is shown (e.g. the model changed). */
        boolean paint(Result r);

        /** Tells that {@code e} stopped a job. */
        void failed(RuntimeException e);
    }

    private final Executor ui;
    private final Painter painter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moons-hidden-units");
        t.setDaemon(true);
        return t;
    });

    // FX thread only
    private Job waiting;
    private Job inFlight;
    private Job painted;

    // worker thread only
    private HiddenUnitMaps maps;
    private BoundaryGrid mapsGrid;
    private float[] values = new float[0];
    private int[] argb = new int[0];

    /** Jobs whose results reach {@code painter} through {@code ui}. */
    UnitMapJobs(Executor ui, Painter painter) {
        this.ui = ui;
        this.painter = painter;
    }

    /** The newest job asked for: waiting, else in flight, else painted; null before any. */
    Job latest() {
        return waiting != null ? waiting : inFlight != null ? inFlight : painted;
    }

    /** The job whose maps are shown now, or null. */
    Job painted() {
        return painted;
    }

    /** Renames the painted job's moment (same maps, e.g. a new epoch with an unchanged θ). */
    void relabelPainted(String when) {
        painted = painted.at(when);
    }

    /** Forgets the waiting and the painted job (new model); a job in flight is dropped by the painter. */
    void forget() {
        waiting = null;
        painted = null;
    }

    /** Maps {@code job} next, replacing any waiting job. */
    void submit(Job job) {
        waiting = job;
        submitWaiting();
    }

    /** Stops the mapping thread. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void submitWaiting() {
        if (inFlight != null || waiting == null) {
            return;
        }
        Job job = waiting;
        waiting = null;
        inFlight = job;
        try {
            worker.execute(() -> {
                try {
                    Result result = compute(job);
                    ui.execute(() -> finished(result));
                } catch (RuntimeException e) {
                    LOG.error("hidden-unit maps failed", e);
                    ui.execute(() -> failed(e));
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight = null;
        }
    }

    private void finished(Result r) {
        inFlight = null;
        if (painter.paint(r)) {
            painted = r.job;
        }
        submitWaiting();
    }

    private void failed(RuntimeException e) {
        inFlight = null;
        painter.failed(e);
        submitWaiting();
    }

    // worker thread: maps, scale and colours; argb is reused because at most one job is in flight
    private Result compute(Job job) {
        long start = System.nanoTime();
        if (maps == null || mapsGrid != job.grid || maps.hidden() != job.hidden || maps.activation() != job.f) {
            maps = job.grid.hiddenUnitMaps(job.hidden, job.f);
            mapsGrid = job.grid;
            values = new float[job.hidden * maps.size()];
            argb = new int[values.length];
        }
        maps.maps(job.theta, values);
        UnitScale scale = UnitScale.of(job.f, values);
        for (int k = 0; k < values.length; k++) {
            argb[k] = scale.argb(values[k]);
        }
        return new Result(job, argb, scale, System.nanoTime() - start);
    }
}
