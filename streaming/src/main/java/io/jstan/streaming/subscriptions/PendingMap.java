package io.jstan.streaming.subscriptions;

import java.util.Arrays;

/**
 * The pending (sent, unacknowledged) sequences of a subscription with their ack deadlines: an
 * open-addressing map of primitive longs, so the hot path allocates nothing per message.
 */
public final class PendingMap {

    /** Returned by {@link #deadline} for an absent sequence. */
    public static final long ABSENT = Long.MIN_VALUE;
    private static final long FREE = 0;

    private long[] keys = new long[16];
    private long[] values = new long[16];
    private int size;

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(long sequence) {
        return slot(sequence) >= 0;
    }

    public long deadline(long sequence) {
        int i = slot(sequence);
        return i < 0 ? ABSENT : values[i];
    }

    /** Adds or replaces; sequences are positive. */
    public void put(long sequence, long deadline) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        int i = hash(sequence) & mask;
        while (keys[i] != FREE) {
            if (keys[i] == sequence) {
                values[i] = deadline;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = sequence;
        values[i] = deadline;
        size++;
    }

    public boolean remove(long sequence) {
        int i = slot(sequence);
        if (i < 0) {
            return false;
        }
        // Backward-shift deletion keeps every probe chain unbroken without tombstones.
        int mask = keys.length - 1;
        int hole = i;
        for (int j = (i + 1) & mask; keys[j] != FREE; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = FREE;
        size--;
        return true;
    }

    public void clear() {
        Arrays.fill(keys, FREE);
        size = 0;
    }

    /** The pending sequences ascending. */
    public long[] sequences() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != FREE) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    /** The pending sequences ordered by deadline, then by sequence. */
    public long[] byDeadline() {
        long[] seqs = sequences();
        Long[] boxed = new Long[seqs.length];
        for (int i = 0; i < seqs.length; i++) {
            boxed[i] = seqs[i];
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Long.compare(deadline(a), deadline(b));
            return c != 0 ? c : Long.compare(a, b);
        });
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = boxed[i];
        }
        return seqs;
    }

    private int slot(long sequence) {
        int mask = keys.length - 1;
        for (int i = hash(sequence) & mask; keys[i] != FREE; i = (i + 1) & mask) {
            if (keys[i] == sequence) {
                return i;
            }
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int hash(long sequence) {
        long h = sequence * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
