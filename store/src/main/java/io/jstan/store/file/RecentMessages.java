package io.jstan.store.file;

/**
 * The newest messages of a channel, kept by reference as they were appended. Live subscribers
 * read what was just published; serving those reads from memory keeps several subscribers at
 * slightly different positions from fighting over one read-ahead block. Bounded by count and
 * by bytes; owner thread only.
 */
final class RecentMessages {

    private final long[] sequences;
    private final byte[][] messages;
    private final int mask;
    private final long maxBytes;
    private long bytes;
    /** No sequence below this one is cached. */
    private long oldest = 1;

    /** {@code capacity} is rounded up to a power of two. */
    RecentMessages(int capacity, long maxBytes) {
        int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.sequences = new long[size];
        this.messages = new byte[size][];
        this.mask = size - 1;
        this.maxBytes = maxBytes;
    }

    void put(long sequence, byte[] message) {
        int slot = (int) (sequence & mask);
        if (messages[slot] != null) {
            bytes -= messages[slot].length;
        }
        sequences[slot] = sequence;
        messages[slot] = message;
        bytes += message.length;
        oldest = Math.max(oldest, sequence - mask);
        while (bytes > maxBytes && oldest < sequence) {
            evict(oldest++);
        }
    }

    /** The message, or null when it is not cached. */
    byte[] get(long sequence) {
        int slot = (int) (sequence & mask);
        return sequences[slot] == sequence && sequence >= oldest ? messages[slot] : null;
    }

    private void evict(long sequence) {
        int slot = (int) (sequence & mask);
        if (sequences[slot] == sequence && messages[slot] != null) {
            bytes -= messages[slot].length;
            messages[slot] = null;
        }
    }
}
