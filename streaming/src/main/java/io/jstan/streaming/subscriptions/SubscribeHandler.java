package io.jstan.streaming.subscriptions;

import io.jstan.store.StoreException;
import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.channels.ChannelException;
import io.jstan.streaming.channels.ChannelLifecycle;
import io.jstan.streaming.channels.ChannelRegistry;
import io.jstan.streaming.clients.Client;
import io.jstan.streaming.clients.ClientRegistry;
import io.jstan.streaming.delivery.Dispatcher;
import io.jstan.streaming.delivery.Redelivery;
import io.jstan.streaming.protocol.ChannelNames;
import io.jstan.streaming.protocol.Protocol.SubscriptionRequest;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.time.Clock;
import io.jstan.streaming.transport.NatsTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscription requests on the channel's worker, after the stateless checks: creates a new
 * subscription, resumes an offline durable, joins a queue group or revives a group's shadow.
 * The ack inbox listens before the response goes out, and the response leaves before any
 * message (both from this worker, so in that order).
 */
public final class SubscribeHandler {

    private static final Logger log = LoggerFactory.getLogger(SubscribeHandler.class);

    private final NatsTransport transport;
    private final ClientRegistry clients;
    private final ChannelRegistry channels;
    private final ChannelLifecycle lifecycle;
    private final Dispatcher dispatcher;
    private final Redelivery redelivery;
    private final AckInboxes ackInboxes;
    private final SubscriptionRemoval removal;
    private final Clock clock;
    private final boolean replaceDurable;
    private final boolean debug;

    public SubscribeHandler(NatsTransport transport, ClientRegistry clients, ChannelRegistry channels,
                            ChannelLifecycle lifecycle, Dispatcher dispatcher, Redelivery redelivery,
                            AckInboxes ackInboxes,
                            SubscriptionRemoval removal, Clock clock, boolean replaceDurable, boolean debug) {
        this.transport = transport;
        this.clients = clients;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.dispatcher = dispatcher;
        this.redelivery = redelivery;
        this.ackInboxes = ackInboxes;
        this.removal = removal;
        this.clock = clock;
        this.replaceDurable = replaceDurable;
        this.debug = debug;
    }

    /** The stateless checks, in upstream's order; returns the error text or null. */
    public static String check(SubscriptionRequest request) {
        if (request.getClientID().isEmpty()) {
            return ServerErrors.CLIENT_ID_MISSING;
        }
        if (request.getAckWaitInSecs() < 1) {
            return ServerErrors.INVALID_ACK_WAIT;
        }
        if (request.getMaxInFlight() < 1) {
            return ServerErrors.INVALID_MAX_IN_FLIGHT;
        }
        if (request.getStartPositionValue() < 0 || request.getStartPositionValue() > 4) {
            return ServerErrors.INVALID_START_POSITION;
        }
        if (!ChannelNames.isValidChannel(request.getSubject())) {
            return ServerErrors.INVALID_SUBJECT;
        }
        return null;
    }

    /** Runs on the worker of the request's channel. */
    public void handle(String replyTo, SubscriptionRequest request) {
        Client client = clients.byId(request.getClientID());
        if (client == null) {
            reply(replyTo, "", ServerErrors.UNKNOWN_CLIENT_ID);
            return;
        }
        Channel channel;
        try {
            channel = channels.lookupOrCreate(request.getSubject());
        } catch (ChannelException e) {
            reply(replyTo, "", e.getMessage());
            return;
        }
        ChannelSubscriptions subs = channel.subscriptions();
        boolean queue = !request.getQGroup().isEmpty();
        boolean durable = !request.getDurableName().isEmpty();
        String durableKey = durable && !queue
                ? ChannelSubscriptions.durableKey(client.id(), channel.name(), request.getDurableName()) : null;
        if (durableKey != null && replaceDurable) {
            Subscription online = subs.durable(durableKey);
            if (online != null && online.isOnline()) {
                removal.remove(online, false);
            }
        }
        if (queue && durable && request.getDurableName().indexOf(':') >= 0) {
            reply(replyTo, "", ServerErrors.DURABLE_QUEUE_NAME_HAS_COLON);
            return;
        }
        Subscription existing = durableKey == null ? null : subs.durable(durableKey);
        if (existing != null && existing.isOnline()) {
            reply(replyTo, "", ServerErrors.DUPLICATE_DURABLE);
            return;
        }
        String ackInbox = transport.newInbox();
        Subscription sub;
        try {
            sub = queue ? joinGroup(channel, client, request, ackInbox)
                    : existing != null ? resume(existing, client, request, ackInbox)
                    : create(channel, client, request, ackInbox, "", request.getDurableName(), durable,
                            startAt(channel, request));
        } catch (StoreException | TooManySubscriptions e) {
            reply(replyTo, "", e.getMessage());
            return;
        }
        if (durableKey != null) {
            subs.putDurable(durableKey, sub);
        }
        if (!queue) {
            subs.addPlain(sub);
        }
        ackInboxes.listen(sub);
        subs.index(sub);
        try {
            channel.subscriptionLog().flush();
        } catch (StoreException e) {
            log.error("Channel {}: cannot flush subscriptions: {}", channel.name(), e.getMessage());
        }
        reply(replyTo, ackInbox, "");
        if (debug) {
            log.debug("[Client:{}] Started subscription, subject={}, inbox={}, subid={}, queue={}, durable={}",
                    client.id(), channel.name(), sub.inbox(), sub.id(), request.getQGroup(), request.getDurableName());
        }
        sub.ready(true);
        lifecycle.subscriptionsChanged(channel);
        if (sub.isDurable() && !sub.pending().isEmpty()) {
            redelivery.resendPending(sub);
        }
        dispatcher.deliver(sub);
    }

    private Subscription joinGroup(Channel channel, Client client, SubscriptionRequest request, String ackInbox)
            throws StoreException, TooManySubscriptions {
        boolean durable = !request.getDurableName().isEmpty();
        String name = durable ? request.getDurableName() + ":" + request.getQGroup() : request.getQGroup();
        ChannelSubscriptions subs = channel.subscriptions();
        QueueGroup group = subs.group(name);
        Subscription sub;
        if (group != null && group.members().isEmpty() && group.shadow() != null) {
            sub = resume(group.shadow(), client, request, ackInbox);
            group.shadow(null);
        } else if (group != null) {
            sub = create(channel, client, request, ackInbox, name, "", durable, group.lastSent());
        } else {
            long lastSent = startAt(channel, request);
            sub = create(channel, client, request, ackInbox, name, "", durable, lastSent);
            group = new QueueGroup(name, durable, lastSent);
            subs.addGroup(group);
        }
        sub.group(group);
        group.members().add(sub);
        return sub;
    }

    private Subscription create(Channel channel, Client client, SubscriptionRequest request, String ackInbox,
                                String groupName, String durableName, boolean durable, long lastSent)
            throws StoreException, TooManySubscriptions {
        SubscriptionLog store = channel.subscriptionLog();
        int max = channel.limits().maxSubscriptions();
        if (max > 0 && store.count() >= max) {
            throw new TooManySubscriptions();
        }
        SubscriptionRecord record = new SubscriptionRecord(0, client.id(), groupName, request.getInbox(), ackInbox,
                request.getMaxInFlight(), request.getAckWaitInSecs(), durableName, lastSent, durable, false);
        Subscription sub = new Subscription(channel, record.withId(store.create(record)));
        sub.activate(client, request.getInbox(), ackInbox, request.getMaxInFlight(), request.getAckWaitInSecs());
        return sub;
    }

    /** An offline durable or a group's shadow takes the new activation; its last sent and pending stay. */
    private static Subscription resume(Subscription offline, Client client, SubscriptionRequest request,
                                       String ackInbox) throws StoreException {
        offline.activate(client, request.getInbox(), ackInbox, request.getMaxInFlight(), request.getAckWaitInSecs());
        offline.channel().subscriptionLog().update(offline.record());
        offline.stalled(offline.pending().size() >= offline.maxInFlight());
        return offline;
    }

    private long startAt(Channel channel, SubscriptionRequest request) throws StoreException {
        return StartPositions.lastSent(request.getStartPosition(), request.getStartSequence(),
                request.getStartTimeDelta(), channel.messages(), clock.nowNanos());
    }

    private void reply(String replyTo, String ackInbox, String error) {
        if (replyTo != null) {
            transport.publish(replyTo, null, Replies.subscriptionResponse(ackInbox, error));
        }
    }

    /** The channel holds as many subscriptions as its limit allows. */
    private static final class TooManySubscriptions extends Exception {
        TooManySubscriptions() {
            super(ServerErrors.TOO_MANY_SUBSCRIPTIONS, null, false, false);
        }
    }
}
