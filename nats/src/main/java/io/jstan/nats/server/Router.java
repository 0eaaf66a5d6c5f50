package io.jstan.nats.server;

import io.jstan.nats.subjects.MatchResult;
import io.jstan.nats.subjects.SubjectIndex;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Owns the subscription index and routes each published message to every matching plain
 * subscription and one member of each matching queue group. Routing runs on the publisher's
 * thread; every delivery is queued before the publisher's next operation is read.
 */
public final class Router {

    /** The status a requester gets when nobody received its request. */
    private static final ByteBuf NO_RESPONDERS = Unpooled.unreleasableBuffer(
            Unpooled.wrappedBuffer("NATS/1.0 503\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));

    private final SubjectIndex<Subscription> index = new SubjectIndex<>();
    private final ServerStats stats;

    public Router(ServerStats stats) {
        this.stats = stats;
    }

    public SubjectIndex<Subscription> index() {
        return index;
    }

    /** Adds a subscription; returns null when the client already uses that sid. */
    public Subscription subscribe(Client client, String subject, String queue, String sid) {
        return subscribe(client, subject, queue, sid, subscription -> { });
    }

    /**
     * Adds a subscription, running {@code beforeRouting} before the first message can reach it;
     * returns null when the client already uses that sid.
     */
    public Subscription subscribe(Client client, String subject, String queue, String sid,
                                  Consumer<Subscription> beforeRouting) {
        Subscription subscription = new Subscription(client, subject, queue, sid);
        if (!client.addSubscription(subscription)) {
            return null;
        }
        beforeRouting.accept(subscription);
        index.insert(subscription);
        return subscription;
    }

    public void unsubscribe(Subscription subscription) {
        subscription.markRemoved();
        if (subscription.client().removeSubscription(subscription)) {
            index.remove(subscription);
        }
    }

    /** Keeps the subscription until it has delivered {@code max} messages in all. */
    public void unsubscribeAfter(Subscription subscription, long max) {
        subscription.max(max);
        if (subscription.delivered() >= max) {
            unsubscribe(subscription);
        }
    }

    public void removeAll(Client client) {
        for (Subscription subscription : client.subscriptions()) {
            unsubscribe(subscription);
        }
    }

    /** Routes one message; returns whether anyone received it. */
    public boolean route(Client publisher, String subject, String replyTo, int headerLength, ByteBuf message) {
        stats.inMsgs.increment();
        stats.inBytes.add(message.readableBytes());
        MatchResult<Subscription> match = index.match(subject);
        boolean delivered = false;
        for (Subscription subscription : match.plain()) {
            delivered |= deliver(publisher, subscription, subject, replyTo, headerLength, message);
        }
        for (MatchResult.QueueGroup<Subscription> group : match.queueGroups()) {
            delivered |= deliverToOneMember(publisher, group.members(), subject, replyTo, headerLength, message);
        }
        if (!delivered && replyTo != null && publisher.noResponders()) {
            answerNoResponders(publisher, replyTo);
        }
        return delivered;
    }

    /** Starts at a random member and walks on until one can take the message. */
    private boolean deliverToOneMember(Client publisher, List<Subscription> group, String subject,
                                       String replyTo, int headerLength, ByteBuf message) {
        int size = group.size();
        int start = size == 1 ? 0 : ThreadLocalRandom.current().nextInt(size);
        for (int i = 0; i < size; i++) {
            Subscription member = group.get((start + i) % size);
            if (deliver(publisher, member, subject, replyTo, headerLength, message)) {
                return true;
            }
        }
        return false;
    }

    private boolean deliver(Client publisher, Subscription subscription, String subject, String replyTo,
                            int headerLength, ByteBuf message) {
        Client target = subscription.client();
        if ((target == publisher && !publisher.echo()) || target.isClosed() || !subscription.claimDelivery()) {
            return false;
        }
        Outbound dirty = target.deliver(subscription, subject, replyTo, headerLength, message);
        if (dirty != null) {
            publisher.flushLater(dirty);
        }
        if (target.congested()) {
            publisher.slowDown();
        }
        stats.outMsgs.increment();
        stats.outBytes.add(message.readableBytes());
        if (subscription.reachedMax()) {
            unsubscribe(subscription);
        }
        return true;
    }

    /** Sends the 503 status on one of the publisher's own plain subscriptions to the reply subject. */
    private void answerNoResponders(Client publisher, String replyTo) {
        for (Subscription subscription : index.match(replyTo).plain()) {
            if (subscription.client() == publisher && subscription.claimDelivery()) {
                ByteBuf status = NO_RESPONDERS.duplicate();
                Outbound dirty = publisher.deliver(subscription, replyTo, null, status.readableBytes(), status);
                if (dirty != null) {
                    publisher.flushLater(dirty);
                }
                if (subscription.reachedMax()) {
                    unsubscribe(subscription);
                }
                return;
            }
        }
    }
}
