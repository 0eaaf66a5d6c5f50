package io.jstan.bench.stan.direct;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.jstan.bench.stan.client.AckListener;

/**
 * The publishes awaiting their PubAck, at most MaxPubAcksInFlight of them. Each takes a free slot;
 * the slot number leads its guid ({@code slot.counter.suffix}), so an ack finds its publish without a
 * map, whatever order acks come back in. Opening blocks while no slot is free.
 */
final class PubAckWindow {

    private final String guidSuffix;
    private final BlockingQueue<Integer> freeSlots;
    private final AtomicLongArray counters;
    private final AtomicLongArray sentNanos;
    private final AtomicReferenceArray<AckListener> listeners;
    private long nextCounter;

    PubAckWindow(int size, String guidSuffix) {
        this.guidSuffix = guidSuffix;
        this.freeSlots = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            freeSlots.add(i);
        }
        this.counters = new AtomicLongArray(size);
        this.sentNanos = new AtomicLongArray(size);
        this.listeners = new AtomicReferenceArray<>(size);
    }

    /** Reserves a slot for one publish and returns its guid; the publishing thread calls this. */
    synchronized String open(AckListener listener) throws InterruptedException {
        int slot = freeSlots.take();
        long counter = ++nextCounter;
        counters.set(slot, counter);
        listeners.set(slot, listener);
        sentNanos.set(slot, System.nanoTime());
        return slot + "." + counter + "." + guidSuffix;
    }

    /** Completes the publish with this guid; unknown or repeated guids are ignored. */
    void complete(String guid, String error) {
        long now = System.nanoTime();
        int firstDot = guid.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : guid.indexOf('.', firstDot + 1);
        if (secondDot < 0) {
            return;
        }
        int slot;
        long counter;
        try {
            slot = Integer.parseInt(guid, 0, firstDot, 10);
            counter = Long.parseLong(guid, firstDot + 1, secondDot, 10);
        } catch (NumberFormatException notOurs) {
            return;
        }
        if (slot < 0 || slot >= counters.length() || counters.get(slot) != counter) {
            return;
        }
        AckListener listener = listeners.getAndSet(slot, null);
        if (listener == null) {
            return;
        }
        long latency = now - sentNanos.get(slot);
        freeSlots.add(slot);
        listener.onAck(latency, error);
    }

    /** Publishes still waiting for their ack. */
    int outstanding() {
        return counters.length() - freeSlots.size();
    }
}
