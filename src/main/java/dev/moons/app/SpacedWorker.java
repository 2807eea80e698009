package dev.moons.app;

import dev.moons.io.Messages;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread of its own that runs the newest of its requests: they wait in a one-slot mailbox (a newer one
 * replaces a waiting one, as the training service's snapshots), and a run starts no earlier than the task last
 * asked with {@link #spaceNextStart}. A task's failure reaches its request's failure callback as one line on the
 * UI executor. The owner of the coalescing both the gradient check and the Hessian spectra use.
 *
 * @param <R> a request
 */
final class SpacedWorker<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SpacedWorker.class);

    private final String what;
    private final Consumer<R> task;
    private final Function<R, Consumer<String>> failure;
    private final Executor ui;
    private final ExecutorService thread;
    private final AtomicReference<R> pending = new AtomicReference<>();
    // confined to the worker thread
    private long nextStart;

    /**
     * A worker on a daemon thread named {@code threadName} running {@code task} (named {@code what} in the log);
     * a failed request's {@code failure} callback gets a one-line reason through {@code ui}.
     */
    SpacedWorker(String threadName, String what, Consumer<R> task, Function<R, Consumer<String>> failure,
            Executor ui) {
        this.what = Objects.requireNonNull(what);
        this.task = Objects.requireNonNull(task);
        this.failure = Objects.requireNonNull(failure);
        this.ui = Objects.requireNonNull(ui);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Puts {@code request} in the slot (replacing a waiting one) and queues a run if none is queued. */
    void submit(R request) {
        if (pending.getAndSet(Objects.requireNonNull(request)) == null) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                LOG.debug("{} after close", what, closed);
            }
        }
    }

    /** From the task: the next run starts no earlier than {@code millis} from now. */
    void spaceNextStart(long millis) {
        nextStart = System.currentTimeMillis() + millis;
    }

    // waits out the spacing, then runs the newest waiting request
    private void drain() {
        R r = null;
        try {
            long wait = nextStart - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            r = pending.getAndSet(null);
            if (r != null) {
                task.accept(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("{} failed", what, e);
            Consumer<String> failed = r == null ? x -> { } : failure.apply(r);
            ui.execute(() -> failed.accept(Messages.oneLine(e)));
        }
    }

    /** Stops the thread (a run in progress finishes on its own; it is a daemon). */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
