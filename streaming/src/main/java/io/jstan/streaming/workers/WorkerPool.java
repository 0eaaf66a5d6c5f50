package io.jstan.streaming.workers;

/** The channel workers: a fixed set, each channel pinned to one by its name. */
public final class WorkerPool {

    private final Worker[] workers;

    public WorkerPool(int size, int maxBatch) {
        workers = new Worker[size];
        for (int i = 0; i < size; i++) {
            workers[i] = new Worker("stan-channel-" + i, maxBatch);
        }
    }

    /** The worker that owns the channel named {@code channel}. */
    public Worker forChannel(String channel) {
        return workers[indexOf(channel)];
    }

    /** The index of the worker that owns the channel named {@code channel}. */
    public int indexOf(String channel) {
        return Math.floorMod(channel.hashCode(), workers.length);
    }

    public Worker[] all() {
        return workers;
    }

    public void start() {
        for (Worker w : workers) {
            w.start();
        }
    }

    public void stop() {
        for (Worker w : workers) {
            w.stop();
        }
    }
}
