package io.jstan.nats.server;

import io.jstan.nats.protocol.CloseReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The outbound queue of one socket connection. Any thread appends encoded operations; the
 * append that makes the queue dirty tells its caller to arrange one flush, which a socket
 * publisher defers to the end of its read, so a burst of messages costs one wake-up and one
 * socket write. Pending bytes beyond {@code max_pending}, or a write that does not finish
 * within the write deadline, make the connection a slow consumer.
 */
public final class Outbound {

    private static final byte[] MSG = "MSG ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HMSG = "HMSG ".getBytes(StandardCharsets.US_ASCII);
    private static final int CRLF = ('\r' << 8) | '\n';
    private static final int INITIAL_CAPACITY = 4096;

    private final Channel channel;
    private final long maxPending;
    private final long writeDeadlineNanos;
    private final Consumer<CloseReason> slowConsumer;
    private final Runnable flushTask = () -> flush();
    /** Bytes handed to the socket and not yet written. */
    private final AtomicLong inFlight = new AtomicLong();

    private final long congestionThreshold;
    /** Set by appends, read by publishers on any thread. */
    private volatile boolean congested;

    // Guarded by this.
    private ByteBuf buffer;
    private boolean flushScheduled;
    private boolean dead;
    private long msgs;
    private long bytes;

    // Event-loop only.
    private ChannelFuture oldestUnfinishedWrite;

    Outbound(Channel channel, long maxPending, long writeDeadlineNanos, Consumer<CloseReason> slowConsumer) {
        this.channel = channel;
        this.maxPending = maxPending;
        this.congestionThreshold = maxPending / 4 * 3;
        this.writeDeadlineNanos = writeDeadlineNanos;
        this.slowConsumer = slowConsumer;
    }

    /**
     * Queues a MSG, or an HMSG when the client negotiated headers and the message has some.
     * Returns true when the caller must arrange a flush (see {@link #scheduleFlush}).
     */
    synchronized boolean message(String subject, String sid, String replyTo, int headerLength,
                                 ByteBuf message, boolean withHeaders) {
        ByteBuf out = buffer();
        if (out == null) {
            return false;
        }
        int total = message.readableBytes();
        boolean hmsg = withHeaders && headerLength > 0;
        out.writeBytes(hmsg ? HMSG : MSG);
        out.writeCharSequence(subject, StandardCharsets.ISO_8859_1);
        out.writeByte(' ');
        out.writeCharSequence(sid, StandardCharsets.ISO_8859_1);
        out.writeByte(' ');
        if (replyTo != null) {
            out.writeCharSequence(replyTo, StandardCharsets.ISO_8859_1);
            out.writeByte(' ');
        }
        if (hmsg) {
            writeDecimal(out, headerLength);
            out.writeByte(' ');
            writeDecimal(out, total);
            out.writeShort(CRLF);
            out.writeBytes(message, message.readerIndex(), total);
        } else {
            writeDecimal(out, total - headerLength);
            out.writeShort(CRLF);
            out.writeBytes(message, message.readerIndex() + headerLength, total - headerLength);
        }
        out.writeShort(CRLF);
        msgs++;
        bytes += total;
        return appended();
    }

    /**
     * Queues a protocol line such as PONG, +OK or -ERR, already terminated by CRLF. Returns
     * true when the caller must arrange a flush.
     */
    synchronized boolean control(byte[] line) {
        ByteBuf out = buffer();
        if (out == null) {
            return false;
        }
        out.writeBytes(line);
        return appended();
    }

    /** Flushes now when called on the connection's event loop, else hands the flush to it. */
    public void scheduleFlush() {
        if (channel.eventLoop().inEventLoop()) {
            flush();
        } else {
            channel.eventLoop().execute(flushTask);
        }
    }

    synchronized long msgs() {
        return msgs;
    }

    synchronized long bytes() {
        return bytes;
    }

    long pendingBytes() {
        ByteBuf current;
        synchronized (this) {
            current = buffer;
            return inFlight.get() + (current == null ? 0 : current.readableBytes());
        }
    }

    /** Drops whatever is queued; nothing more is accepted. */
    synchronized void discard() {
        dead = true;
        if (buffer != null) {
            buffer.release();
            buffer = null;
        }
    }

    /** Writes what is queued now; runs on the event loop. Returns the write, or null if none. */
    ChannelFuture flush() {
        ByteBuf out;
        synchronized (this) {
            flushScheduled = false;
            out = buffer;
            buffer = null;
        }
        if (out == null) {
            return null;
        }
        int size = out.readableBytes();
        inFlight.addAndGet(size);
        ChannelFuture write = channel.writeAndFlush(out);
        if (write.isDone()) {
            inFlight.addAndGet(-size);
        } else {
            write.addListener(f -> inFlight.addAndGet(-size));
            watchWriteDeadline(write);
        }
        return write;
    }

    private ByteBuf buffer() {
        if (dead) {
            return null;
        }
        if (buffer == null) {
            buffer = channel.alloc().ioBuffer(INITIAL_CAPACITY);
        }
        return buffer;
    }

    /**
     * Whether this queue holds more than three quarters of {@code max_pending}: publishers to it
     * should pause briefly so the consumer can catch up before it must be cut off.
     */
    boolean congested() {
        return congested;
    }

    private boolean appended() {
        long pending = buffer.readableBytes() + inFlight.get();
        congested = pending > congestionThreshold;
        if (pending > maxPending) {
            discard();
            channel.eventLoop().execute(() -> slowConsumer.accept(CloseReason.SLOW_CONSUMER_PENDING_BYTES));
            return false;
        }
        if (flushScheduled) {
            return false;
        }
        flushScheduled = true;
        return true;
    }

    /** Closes the connection when a write is still unfinished after the write deadline. */
    private void watchWriteDeadline(ChannelFuture write) {
        if (oldestUnfinishedWrite != null && !oldestUnfinishedWrite.isDone()) {
            return;
        }
        oldestUnfinishedWrite = write;
        channel.eventLoop().schedule(() -> {
            if (!write.isDone() && channel.isActive()) {
                slowConsumer.accept(CloseReason.SLOW_CONSUMER_WRITE_DEADLINE);
            }
        }, writeDeadlineNanos, TimeUnit.NANOSECONDS);
    }

    private static void writeDecimal(ByteBuf out, int value) {
        if (value < 10) {
            out.writeByte('0' + value);
            return;
        }
        int start = out.writerIndex();
        int digits = 0;
        for (int v = value; v > 0; v /= 10) {
            digits++;
        }
        out.ensureWritable(digits);
        for (int i = digits - 1, v = value; i >= 0; i--, v /= 10) {
            out.setByte(start + i, '0' + v % 10);
        }
        out.writerIndex(start + digits);
    }
}
