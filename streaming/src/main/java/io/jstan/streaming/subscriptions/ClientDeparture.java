package io.jstan.streaming.subscriptions;

import io.jstan.store.StoreException;
import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.channels.ChannelLifecycle;
import io.jstan.streaming.channels.ChannelRegistry;
import io.jstan.streaming.clients.Client;
import io.jstan.streaming.clients.SubscriptionsOfClient;
import io.jstan.streaming.workers.Worker;
import io.jstan.streaming.workers.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client's subscriptions leave as on a subscription close. Every channel worker gets a task,
 * queued after whatever that client sent before, and handles the channels it owns at that moment.
 */
public final class ClientDeparture implements SubscriptionsOfClient {

    private static final Logger log = LoggerFactory.getLogger(ClientDeparture.class);

    private final WorkerPool workers;
    private final ChannelRegistry channels;
    private final ChannelLifecycle lifecycle;
    private final SubscriptionRemoval removal;

    public ClientDeparture(WorkerPool workers, ChannelRegistry channels, ChannelLifecycle lifecycle,
                           SubscriptionRemoval removal) {
        this.workers = workers;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.removal = removal;
    }

    @Override
    public void removeAll(Client client, Runnable whenDone) {
        Worker[] all = workers.all();
        AtomicInteger left = new AtomicInteger(all.length);
        for (Worker worker : all) {
            worker.execute(() -> {
                for (Channel channel : channels.all()) {
                    if (channel.worker() == worker) {
                        removeFrom(channel, client);
                    }
                }
                if (left.decrementAndGet() == 0) {
                    whenDone.run();
                }
            });
        }
    }

    private void removeFrom(Channel channel, Client client) {
        List<Subscription> subs = channel.subscriptions().ofClient(client);
        if (subs.isEmpty()) {
            return;
        }
        for (Subscription sub : subs) {
            removal.remove(sub, false);
        }
        try {
            channel.subscriptionLog().flush();
        } catch (StoreException e) {
            log.error("Channel {}: cannot flush subscriptions: {}", channel.name(), e.getMessage());
        }
        lifecycle.subscriptionsChanged(channel);
    }
}
