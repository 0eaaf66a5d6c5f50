package io.jstan.nats.server;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Server-wide counters shown by {@code /varz}; updated from many threads. */
public final class ServerStats {

    final LongAdder inMsgs = new LongAdder();
    final LongAdder inBytes = new LongAdder();
    final LongAdder outMsgs = new LongAdder();
    final LongAdder outBytes = new LongAdder();
    final AtomicLong slowConsumers = new AtomicLong();
    final AtomicLong totalConnections = new AtomicLong();

    public long inMsgs() {
        return inMsgs.sum();
    }

    public long inBytes() {
        return inBytes.sum();
    }

    public long outMsgs() {
        return outMsgs.sum();
    }

    public long outBytes() {
        return outBytes.sum();
    }

    public long slowConsumers() {
        return slowConsumers.get();
    }

    public long totalConnections() {
        return totalConnections.get();
    }
}
