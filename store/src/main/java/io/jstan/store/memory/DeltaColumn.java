package io.jstan.store.memory;

/**
 * A fixed-capacity run of non-decreasing longs, kept as unsigned 32-bit offsets from the
 * first value: 4 bytes a value instead of 8. Values that stray 2^32 or more from the first
 * (nanosecond timestamps more than about 4.3 s apart, or positions 4 GiB apart) turn the run
 * into plain longs.
 */
final class DeltaColumn {

    /** The offsets until the run is widened, then null. */
    private int[] offsets;
    private long[] values;
    private long base;
    private int size;

    DeltaColumn(int capacity) {
        offsets = new int[capacity];
    }

    void add(long value) {
        if (size == 0) {
            base = value;
        }
        long offset = value - base;
        if (offsets != null && (offset >>> 32) != 0) {
            widen();
        }
        if (offsets != null) {
            offsets[size] = (int) offset;
        } else {
            values[size] = value;
        }
        size++;
    }

    long get(int index) {
        return offsets != null ? base + Integer.toUnsignedLong(offsets[index]) : values[index];
    }

    /** Bytes held by the backing array. */
    long capacityBytes() {
        return offsets != null ? 4L * offsets.length : 8L * values.length;
    }

    private void widen() {
        long[] widened = new long[offsets.length];
        for (int i = 0; i < size; i++) {
            widened[i] = get(i);
        }
        values = widened;
        offsets = null;
    }
}
