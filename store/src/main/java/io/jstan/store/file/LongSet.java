package io.jstan.store.file;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** A set of positive longs (pending sequences) in one array: open addressing, linear probing, 0 marks a free slot. */
final class LongSet {

    private long[] slots = new long[8];
    private int size;

    boolean add(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("not a positive value: " + value);
        }
        if ((size + 1) * 4 > slots.length * 3) {
            resize(slots.length * 2);
        }
        int mask = slots.length - 1;
        int slot = hash(value) & mask;
        while (slots[slot] != 0) {
            if (slots[slot] == value) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = value;
        size++;
        return true;
    }

    boolean remove(long value) {
        int mask = slots.length - 1;
        int slot = hash(value) & mask;
        while (slots[slot] != value) {
            if (slots[slot] == 0) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        // Shift later entries of the probe run back so that lookups still find them.
        int free = slot;
        int next = (free + 1) & mask;
        while (slots[next] != 0) {
            int home = hash(slots[next]) & mask;
            if (((next - home) & mask) >= ((next - free) & mask)) {
                slots[free] = slots[next];
                free = next;
            }
            next = (next + 1) & mask;
        }
        slots[free] = 0;
        size--;
        return true;
    }

    int size() {
        return size;
    }

    void forEach(LongConsumer action) {
        for (long value : slots) {
            if (value != 0) {
                action.accept(value);
            }
        }
    }

    long[] toSortedArray() {
        long[] values = new long[size];
        int i = 0;
        for (long value : slots) {
            if (value != 0) {
                values[i++] = value;
            }
        }
        Arrays.sort(values);
        return values;
    }

    private void resize(int capacity) {
        long[] old = slots;
        slots = new long[capacity];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }

    private static int hash(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
