package io.jstan.streaming.core;

import io.jstan.store.Store.RecoveredChannel;
import io.jstan.store.Store.RecoveredState;
import io.jstan.store.StoreException;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.channels.ChannelLifecycle;
import io.jstan.streaming.channels.ChannelRegistry;
import io.jstan.streaming.clients.Client;
import io.jstan.streaming.clients.ClientRegistry;
import io.jstan.streaming.clients.HeartbeatMonitor;
import io.jstan.streaming.clients.RecoveredClients;
import io.jstan.streaming.delivery.StartupRedelivery;
import io.jstan.streaming.subscriptions.Subscription;
import io.jstan.streaming.subscriptions.SubscriptionRecovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a previous run's clients, channels and subscriptions back before the core starts
 * (no owner thread runs yet, so this thread may build their state), then, once the server
 * listens, hands each channel's recovered subscriptions to its worker for the start-up
 * redelivery.
 */
final class StateRecovery {

    private final ClientRegistry clients;
    private final HeartbeatMonitor heartbeats;
    private final ChannelRegistry channels;
    private final ChannelLifecycle lifecycle;
    private final SubscriptionRecovery subscriptions;
    private final StartupRedelivery startup;
    private final Map<Channel, List<Subscription>> active = new LinkedHashMap<>();

    StateRecovery(ClientRegistry clients, HeartbeatMonitor heartbeats, ChannelRegistry channels,
                  ChannelLifecycle lifecycle, SubscriptionRecovery subscriptions, StartupRedelivery startup) {
        this.clients = clients;
        this.heartbeats = heartbeats;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.subscriptions = subscriptions;
        this.startup = startup;
    }

    void restore(RecoveredState state) throws StoreException {
        Map<String, Client> byId = RecoveredClients.register(state.clients(), clients, heartbeats);
        for (RecoveredChannel recovered : state.channels()) {
            Channel channel = channels.restore(recovered.store());
            List<Subscription> subs = subscriptions.restore(channel, recovered.subscriptions(), byId);
            channel.subscriptionLog().flush();
            lifecycle.subscriptionsChanged(channel);
            if (!subs.isEmpty()) {
                active.put(channel, subs);
            }
        }
    }

    void startDelivery() {
        active.forEach((channel, subs) -> channel.worker().execute(() -> startup.start(subs)));
        active.clear();
    }
}
