package io.jstan.streaming.time;

import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The real clock and one timer thread that only hands due tasks to their owners. */
public final class SystemScheduler implements Scheduler {

    private final ScheduledThreadPoolExecutor timers;

    public SystemScheduler() {
        timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "stan-timers");
            t.setDaemon(true);
            return t;
        });
        // Ack timers are cancelled and re-armed constantly: drop cancelled ones at once.
        timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public Timer schedule(Executor owner, long delayNanos, Runnable task) {
        Timer timer = new Timer(nowNanos() + delayNanos);
        Runnable guarded = timer.guard(task);
        timer.future(timers.schedule(() -> owner.execute(guarded), Math.max(0, delayNanos), TimeUnit.NANOSECONDS));
        return timer;
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
