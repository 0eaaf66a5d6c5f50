package io.jstan.store;

/**
 * The messages of one channel, each stored as its encoded {@code MsgProto} bytes. Sequences
 * start at 1 and are never reused: after every message has been removed, {@code first()} is
 * {@code last() + 1} and {@code last()} keeps the highest sequence ever stored, across
 * restarts too.
 */
public interface MessageLog {

    /**
     * Stores one message. {@code sequence} must be {@code last() + 1}; {@code timestamp} is in
     * nanoseconds since the epoch and never lower than the previous one. Count and byte limits
     * are applied here by dropping the oldest messages (the newest is always kept). The
     * message is durable only after {@link #flush()}.
     */
    void append(long sequence, long timestamp, byte[] encodedMessage) throws StoreException;

    /** Makes everything appended durable, per the store's sync policy. */
    void flush() throws StoreException;

    /** The encoded message, or null when it does not exist (never stored, or removed). */
    byte[] get(long sequence) throws StoreException;

    /** The first available sequence; 0 when the channel never had a message. */
    long first();

    /** The highest sequence ever stored; 0 when none. */
    long last();

    /** Number of messages available. */
    long count();

    /** Total size of the available encoded messages. */
    long bytes();

    /**
     * The first sequence whose timestamp is at or after {@code timestamp}: 0 when the channel
     * never had a message, {@code last() + 1} when every available message is older or none
     * is available.
     */
    long sequenceAtOrAfter(long timestamp) throws StoreException;

    /** Timestamp of the first available message, or 0 when there is none. */
    long firstTimestamp() throws StoreException;

    /** Removes the messages with a timestamp before {@code timestamp}; returns how many. */
    long removeOlderThan(long timestamp) throws StoreException;
}
