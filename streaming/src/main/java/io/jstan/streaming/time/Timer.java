package io.jstan.streaming.time;

import java.util.concurrent.Future;

/**
 * A scheduled task. Cancel it on the owner's thread: the task then never runs, even if it was
 * already handed to the owner.
 */
public final class Timer {

    private final long dueNanos;
    private volatile boolean cancelled;
    private volatile Future<?> future;

    Timer(long dueNanos) {
        this.dueNanos = dueNanos;
    }

    /** When the task is due, on the scheduler's clock. */
    public long dueNanos() {
        return dueNanos;
    }

    public void cancel() {
        cancelled = true;
        Future<?> f = future;
        if (f != null) {
            f.cancel(false);
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void future(Future<?> future) {
        this.future = future;
    }

    /** The task as it runs on the owner: skipped once cancelled. */
    Runnable guard(Runnable task) {
        return () -> {
            if (!cancelled) {
                task.run();
            }
        };
    }

    /** Cancels {@code timer} when not null; returns null so callers can clear their field in one line. */
    public static Timer cancel(Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
        return null;
    }
}
