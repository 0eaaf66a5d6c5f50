package io.jstan.store.memory;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;

/**
 * The messages of one channel in memory, without an object per message: the encoded bytes
 * lie back to back in large chunks, and an index keeps each message's timestamp and end
 * position in 8 bytes. Used by the channel's owner thread only, so it takes no locks.
 */
final class MemoryMessageLog implements MessageLog {

    private final ChannelLimits limits;
    private final ChunkedBytes data = new ChunkedBytes();
    private final MessageIndex index = new MessageIndex(1);
    private long first;
    private long last;
    private long lastTimestamp;
    /** Where the first available message starts in {@link #data}; later ones start where their predecessor ends. */
    private long firstStart;
    private long bytes;

    MemoryMessageLog(ChannelLimits limits) {
        this.limits = limits;
    }

    @Override
    public void append(long sequence, long timestamp, byte[] encodedMessage) {
        if (sequence != last + 1) {
            throw new IllegalArgumentException("sequence " + sequence + " does not follow " + last);
        }
        if (timestamp < lastTimestamp) {
            // The timestamp search relies on timestamps never going down.
            throw new IllegalArgumentException("timestamp " + timestamp + " is before " + lastTimestamp);
        }
        index.add(sequence, timestamp, data.append(encodedMessage));
        if (first == 0) {
            first = sequence;
        }
        last = sequence;
        lastTimestamp = timestamp;
        bytes += encodedMessage.length;
        applyLimits();
    }

    @Override
    public void flush() {
        // Nothing outlives the process, so there is nothing to make durable.
    }

    @Override
    public byte[] get(long sequence) {
        if (count() == 0 || sequence < first || sequence > last) {
            return null;
        }
        long start = startOf(sequence);
        return data.read(start, (int) (index.end(sequence) - start));
    }

    @Override
    public long first() {
        return first;
    }

    @Override
    public long last() {
        return last;
    }

    @Override
    public long count() {
        return first == 0 ? 0 : last - first + 1;
    }

    @Override
    public long bytes() {
        return bytes;
    }

    @Override
    public long sequenceAtOrAfter(long timestamp) {
        if (last == 0) {
            return 0;
        }
        // Binary search over [first, last + 1): the answer is last + 1 when every message is older.
        long low = first;
        long high = last + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (index.timestamp(middle) < timestamp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public long firstTimestamp() {
        return count() == 0 ? 0 : index.timestamp(first);
    }

    @Override
    public long removeOlderThan(long timestamp) {
        long removed = 0;
        while (count() > 0 && index.timestamp(first) < timestamp) {
            removeFirst();
            removed++;
        }
        return removed;
    }

    /** Bytes held for the messages, used or not: chunk and index capacity. */
    long footprint() {
        return data.capacity() + index.capacityBytes();
    }

    private void applyLimits() {
        long maxMsgs = limits.maxMsgs();
        while (maxMsgs > 0 && count() > maxMsgs) {
            removeFirst();
        }
        long maxBytes = limits.maxBytes();
        // The newest message stays even when it alone is over the byte limit.
        while (maxBytes > 0 && bytes > maxBytes && count() > 1) {
            removeFirst();
        }
    }

    private void removeFirst() {
        long end = index.end(first);
        bytes -= end - firstStart;
        firstStart = end;
        first++;
        index.releaseBefore(first);
        data.releaseBefore(firstStart);
    }

    private long startOf(long sequence) {
        return sequence == first ? firstStart : index.end(sequence - 1);
    }
}
