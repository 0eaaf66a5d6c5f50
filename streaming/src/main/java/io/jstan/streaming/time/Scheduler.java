package io.jstan.streaming.time;

import java.util.concurrent.Executor;

/**
 * Runs tasks after a delay on the executor that owns the state they touch, so timer code needs
 * no locks. Injectable: production uses {@link SystemScheduler}, tests {@link ManualScheduler}.
 */
public interface Scheduler extends Clock {

    /** Runs {@code task} on {@code owner} after {@code delayNanos} unless the timer is cancelled first. */
    Timer schedule(Executor owner, long delayNanos, Runnable task);

    /** Stops running timers; pending ones are dropped. */
    void close();
}
