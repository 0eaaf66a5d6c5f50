package io.jstan.streaming.subscriptions;

import io.jstan.store.MessageLog;
import io.jstan.store.StoreException;
import io.jstan.streaming.protocol.Protocol.StartPosition;

/**
 * Where a new subscription starts: the last sequence considered sent, so delivery begins at the
 * next one. Out-of-range requests are clamped, never refused.
 */
public final class StartPositions {

    private StartPositions() {
    }

    public static long lastSent(StartPosition position, long startSequence, long startTimeDelta, MessageLog messages,
                                long nowNanos) throws StoreException {
        long first = messages.first();
        long last = messages.last();
        return switch (position) {
            case NewOnly -> last;
            case LastReceived -> last > 0 ? last - 1 : 0;
            case TimeDeltaStart -> {
                long s = messages.sequenceAtOrAfter(nowNanos - startTimeDelta);
                yield s > 0 ? s - 1 : 0;
            }
            case SequenceStart -> bySequence(startSequence, first, last);
            case First -> first > 0 ? first - 1 : 0;
            case UNRECOGNIZED -> throw new IllegalArgumentException("invalid start position");
        };
    }

    static long bySequence(long startSequence, long first, long last) {
        if (Long.compareUnsigned(startSequence, first) < 0) {
            return first > 0 ? first - 1 : 0;
        }
        if (Long.compareUnsigned(startSequence, last) > 0) {
            return last;
        }
        return startSequence > 0 ? startSequence - 1 : 0;
    }
}
