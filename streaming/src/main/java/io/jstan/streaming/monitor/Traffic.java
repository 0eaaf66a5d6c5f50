package io.jstan.streaming.monitor;

import java.util.concurrent.atomic.LongAdder;

/**
 * Message counters since start for {@code /streaming/serverz}: publishes received (counted
 * before validation) and messages sent to subscribers (redeliveries included). Updated from
 * network threads and channel workers, hence adders.
 */
public final class Traffic {

    private final LongAdder inMsgs = new LongAdder();
    private final LongAdder inBytes = new LongAdder();
    private final LongAdder outMsgs = new LongAdder();
    private final LongAdder outBytes = new LongAdder();

    public void received(int bytes) {
        inMsgs.increment();
        inBytes.add(bytes);
    }

    public void sent(int bytes) {
        outMsgs.increment();
        outBytes.add(bytes);
    }

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
}
