package io.jstan.streaming.workers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One owner thread and its task queue. Every piece of state is owned by exactly one worker and
 * touched only from its tasks, so that state needs no locks. Tasks marked {@link Batched} may
 * leave work staged in the worker's {@link Batch}; any other task, an empty queue or a full
 * batch commits it first, so batches grow from what is queued and never wait to fill.
 */
public final class Worker implements Executor {

    /** A task that can run while a batch is still staged. */
    public interface Batched extends Runnable {
    }

    /** Work staged by batched tasks and committed at once. */
    public interface Batch {
        boolean isEmpty();

        void commit();
    }

    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    private static final Batch NO_BATCH = new Batch() {
        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public void commit() {
        }
    };

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean parked = new AtomicBoolean();
    private final Thread thread;
    private final int maxBatch;
    private Batch batch = NO_BATCH;
    private volatile boolean running = true;
    /** False only while the worker has nothing queued and nothing staged. */
    private volatile boolean working;

    public Worker(String name, int maxBatch) {
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Sets the batch this worker commits; call before {@link #start()}. */
    public void batch(Batch batch) {
        this.batch = batch;
    }

    public void start() {
        thread.start();
    }

    @Override
    public void execute(Runnable task) {
        queue.offer(task);
        if (parked.get() && parked.compareAndSet(true, false)) {
            LockSupport.unpark(thread);
        }
    }

    /** Whether the worker has no task queued or running; a snapshot that may change at once. */
    public boolean isIdle() {
        return !working && queue.isEmpty();
    }

    /** Stops after the task being run; queued tasks are dropped. */
    public void stop() {
        running = false;
        LockSupport.unpark(thread);
    }

    private void loop() {
        int staged = 0;
        while (running) {
            working = true;
            Runnable task = queue.poll();
            if (task == null) {
                commit();
                staged = 0;
                working = false;
                parked.set(true);
                if (queue.isEmpty() && running) {
                    LockSupport.park(this);
                }
                parked.set(false);
                continue;
            }
            if (!(task instanceof Batched)) {
                commit();
                staged = 0;
            }
            run(task);
            if (task instanceof Batched && ++staged >= maxBatch) {
                commit();
                staged = 0;
            }
        }
    }

    private void commit() {
        if (!batch.isEmpty()) {
            try {
                batch.commit();
            } catch (RuntimeException e) {
                log.error("Batch commit failed on {}", thread.getName(), e);
            }
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Task failed", e);
        }
    }
}
