package io.jstan.streaming.delivery;

import io.jstan.store.StoreException;
import io.jstan.streaming.protocol.MsgProtos;
import io.jstan.streaming.subscriptions.PendingMap;
import io.jstan.streaming.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resends what was not acknowledged in time, flagged redelivered and regardless of MaxInFlight.
 * A queue member's expired message may go to another member, which then owns it.
 */
public final class Redelivery {

    private static final Logger log = LoggerFactory.getLogger(Redelivery.class);
    /** Messages due within this much of now go out with the ones already due. */
    private static final long TOLERANCE_NANOS = 15_000_000;

    private final Sender sender;
    private final Dispatcher dispatcher;
    private final Acks acks;
    private final AckTimers timers;

    public Redelivery(Dispatcher dispatcher, Acks acks) {
        this.dispatcher = dispatcher;
        this.sender = dispatcher.sender();
        this.acks = acks;
        this.timers = sender.timers();
        timers.onExpiry(this::redeliverExpired);
    }

    /** A resumed durable: every pending message again, ascending, before anything new. */
    public void resendPending(Subscription sub) {
        for (long seq : sub.pending().sequences()) {
            byte[] stored = read(sub, seq);
            if (stored == null) {
                acks.settleInternally(sub, seq);
            } else {
                sender.send(sub, seq, stored, true, true);
            }
        }
    }

    void redeliverExpired(Subscription sub) {
        redeliver(sub, false);
    }

    /**
     * The first redelivery after a restart: deadlines are unknown and become message timestamp
     * plus AckWait (so old messages go out at once), and a queue member's messages go back to it.
     */
    public void redeliverAtStartup(Subscription sub) {
        redeliver(sub, true);
    }

    private void redeliver(Subscription sub, boolean atStartup) {
        PendingMap pending = sub.pending();
        if (pending.isEmpty() || !sub.isReady()) {
            return;
        }
        if (sub.group() == null && sub.hasFailedHeartbeats()) {
            timers.arm(sub, sub.ackWaitNanos());
            return;
        }
        resolveUnknownDeadlines(sub);
        long now = timers.now();
        long nextDeadline = 0;
        boolean movedAway = false;
        for (long seq : pending.byDeadline()) {
            long deadline = pending.deadline(seq);
            if (deadline == PendingMap.ABSENT) {
                continue;
            }
            byte[] stored = read(sub, seq);
            if (stored == null) {
                acks.settleInternally(sub, seq);
                continue;
            }
            if (deadline > now + TOLERANCE_NANOS) {
                nextDeadline = deadline;
                break;
            }
            if (sub.group() == null || atStartup) {
                sender.send(sub, seq, stored, true, true);
            } else {
                Subscription member = dispatcher.pickMember(sub.group());
                sender.send(member, seq, stored, true, true);
                if (member != sub) {
                    acks.settleInternally(sub, seq);
                    movedAway = true;
                }
            }
        }
        if (!pending.isEmpty()) {
            timers.arm(sub, nextDeadline > 0 ? nextDeadline - now : sub.ackWaitNanos());
        }
        if (movedAway) {
            dispatcher.resume(sub);
        }
    }

    /** Recovered pending messages have no deadline (0) until their first redelivery. */
    private void resolveUnknownDeadlines(Subscription sub) {
        PendingMap pending = sub.pending();
        for (long seq : pending.sequences()) {
            if (pending.deadline(seq) != 0) {
                continue;
            }
            byte[] stored = read(sub, seq);
            if (stored == null) {
                acks.settleInternally(sub, seq);
            } else {
                pending.put(seq, MsgProtos.timestampOf(stored) + sub.ackWaitNanos());
            }
        }
    }

    private static byte[] read(Subscription sub, long seq) {
        try {
            return sub.channel().messages().get(seq);
        } catch (StoreException e) {
            log.error("Cannot read message {}: {}", seq, e.getMessage());
            return null;
        }
    }
}
