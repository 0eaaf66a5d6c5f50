package io.jstan.streaming.delivery;

import io.jstan.store.MessageLog;
import io.jstan.store.StoreException;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.protocol.MsgProtos;
import io.jstan.streaming.subscriptions.QueueGroup;
import io.jstan.streaming.subscriptions.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Delivery loops: a plain subscription reads from its own last sent; a queue group from the
 * group's, each message to one member picked by load. Messages removed by limits are skipped.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Sender sender;

    public Dispatcher(Sender sender) {
        this.sender = sender;
    }

    Sender sender() {
        return sender;
    }

    /** After a batch was stored: every subscription of the channel gets what it can take. */
    public void deliverAll(Channel channel) {
        List<Subscription> plain = channel.subscriptions().plain();
        for (int i = 0; i < plain.size(); i++) {
            deliverPlain(plain.get(i));
        }
        for (QueueGroup group : channel.subscriptions().groups()) {
            deliverGroup(group);
        }
    }

    /** New messages for the subscription (its group's loop for a queue member). */
    public void deliver(Subscription sub) {
        if (sub.group() != null) {
            deliverGroup(sub.group());
        } else {
            deliverPlain(sub);
        }
    }

    /** After an ack freed room: deliver now, unless the pending batch commit will do it anyway. */
    void resume(Subscription sub) {
        if (!sub.channel().hasStaged()) {
            deliver(sub);
        }
    }

    private void deliverPlain(Subscription sub) {
        MessageLog messages = sub.channel().messages();
        while (!sub.isStalled()) {
            byte[] stored = fetch(messages, sub.lastSent() + 1);
            if (stored == null) {
                return;
            }
            long seq = MsgProtos.sequenceOf(stored);
            if (seq > sub.lastSent() + 1) {
                sub.lastSent(seq - 1);
            }
            if (!sender.send(sub, seq, stored, false, false)) {
                return;
            }
        }
    }

    private void deliverGroup(QueueGroup group) {
        if (group.members().isEmpty()) {
            return;
        }
        MessageLog messages = group.members().get(0).channel().messages();
        while (!group.isStalled()) {
            byte[] stored = fetch(messages, group.lastSent() + 1);
            if (stored == null) {
                return;
            }
            long seq = MsgProtos.sequenceOf(stored);
            Subscription member = pickMember(group);
            if (!sender.send(member, seq, stored, false, false)) {
                return;
            }
            group.lastSent(Math.max(seq, member.lastSent()));
        }
    }

    /**
     * The least loaded member that is neither stalled nor failing heartbeats, else the first;
     * a picked first member moves to the end, so equal loads go round robin.
     */
    Subscription pickMember(QueueGroup group) {
        List<Subscription> members = group.members();
        Subscription best = null;
        for (int i = 0; i < members.size(); i++) {
            Subscription m = members.get(i);
            if (!m.isStalled() && !m.hasFailedHeartbeats()
                    && (best == null || m.pending().size() < best.pending().size())) {
                best = m;
            }
        }
        if (best == null) {
            best = members.get(0);
        }
        if (members.size() > 1 && members.get(0) == best) {
            members.remove(0);
            members.add(best);
        }
        return best;
    }

    /**
     * The first stored message at or after {@code next}, or null when there is none yet:
     * messages removed by limits or age are skipped.
     */
    private static byte[] fetch(MessageLog messages, long next) {
        long last = messages.last();
        long seq = Math.max(next, messages.first());
        try {
            for (; seq <= last; seq++) {
                byte[] m = messages.get(seq);
                if (m != null) {
                    return m;
                }
            }
        } catch (StoreException e) {
            log.error("Cannot read message {}: {}", seq, e.getMessage());
        }
        return null;
    }
}
