package io.jstan.streaming.time;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;

/**
 * A clock that moves only when told: {@link #advance} hands every task that became due, in due
 * order, to its owner. Lets tests drive ack waits, heartbeats and limits without sleeping.
 */
public final class ManualScheduler implements Scheduler {

    private record Entry(long due, long order, Executor owner, Runnable task) {
    }

    private final PriorityQueue<Entry> entries = new PriorityQueue<>((a, b) -> a.due != b.due
            ? Long.compare(a.due, b.due) : Long.compare(a.order, b.order));
    private long now;
    private long order;

    public ManualScheduler(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public synchronized long nowNanos() {
        return now;
    }

    @Override
    public synchronized Timer schedule(Executor owner, long delayNanos, Runnable task) {
        Timer timer = new Timer(now + delayNanos);
        entries.add(new Entry(now + Math.max(0, delayNanos), order++, owner, timer.guard(task)));
        return timer;
    }

    /** Moves the clock forward and releases the tasks due by then. */
    public void advance(Duration duration) {
        long target;
        synchronized (this) {
            target = now + duration.toNanos();
        }
        for (;;) {
            Entry due;
            synchronized (this) {
                Entry head = entries.peek();
                if (head == null || head.due > target) {
                    now = target;
                    return;
                }
                due = entries.poll();
                now = Math.max(now, due.due);
            }
            due.owner.execute(due.task);
        }
    }

    @Override
    public synchronized void close() {
        entries.clear();
    }
}
