package io.jstan.streaming.core;

import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.channels.ChannelLifecycle;
import io.jstan.streaming.channels.ChannelRegistry;
import io.jstan.streaming.channels.Publisher;
import io.jstan.streaming.clients.ClientCloser;
import io.jstan.streaming.clients.ClientRegistry;
import io.jstan.streaming.clients.CloseHandler;
import io.jstan.streaming.clients.ConnectHandler;
import io.jstan.streaming.clients.HeartbeatMonitor;
import io.jstan.streaming.clients.PingHandler;
import io.jstan.streaming.delivery.AckTimers;
import io.jstan.streaming.delivery.Acks;
import io.jstan.streaming.delivery.Dispatcher;
import io.jstan.streaming.delivery.Redelivery;
import io.jstan.streaming.delivery.Sender;
import io.jstan.streaming.delivery.StartupRedelivery;
import io.jstan.streaming.limits.ChannelLimitsResolver;
import io.jstan.streaming.monitor.Traffic;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.subscriptions.AckInboxes;
import io.jstan.streaming.subscriptions.ClientDeparture;
import io.jstan.streaming.subscriptions.SubscribeHandler;
import io.jstan.streaming.subscriptions.SubscriptionRecovery;
import io.jstan.streaming.subscriptions.SubscriptionRemoval;
import io.jstan.streaming.subscriptions.UnsubscribeHandler;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;
import io.jstan.streaming.workers.WorkerPool;

/** The streaming core assembled over a transport, a store and a scheduler: its parts and their owners. */
public final class StreamingCore implements AutoCloseable {

    /** Upstream's storage batch size: at most this many publishes per group commit. */
    private static final int MAX_BATCH = 1024;

    private final Worker control = new Worker("stan-control", 1);
    private final WorkerPool workers;
    private final ClientRegistry clients = new ClientRegistry();
    private final ChannelRegistry channels;
    private final ProtocolEndpoints endpoints;
    private final Traffic traffic = new Traffic();
    private final StateRecovery recovery;

    public StreamingCore(StreamingOptions options, ChannelLimitsResolver limits, NatsTransport transport, Store store,
                         Scheduler scheduler, ServerSubjects subjects) {
        workers = new WorkerPool(Math.max(1, Runtime.getRuntime().availableProcessors()), MAX_BATCH);
        channels = new ChannelRegistry(store, limits, workers, scheduler);
        ChannelLifecycle lifecycle = new ChannelLifecycle(channels, store, scheduler, options.debug);

        AckTimers timers = new AckTimers(scheduler);
        Dispatcher dispatcher = new Dispatcher(new Sender(transport, timers, traffic));
        Acks acks = new Acks(dispatcher);
        Redelivery redelivery = new Redelivery(dispatcher, acks);
        SubscriptionRemoval removal = new SubscriptionRemoval(timers);
        AckInboxes ackInboxes = new AckInboxes(transport, acks);

        ClientCloser closer = new ClientCloser(clients, store,
                new ClientDeparture(workers, channels, lifecycle, removal), options.debug);
        HeartbeatMonitor heartbeats = new HeartbeatMonitor(transport, scheduler, control, clients, closer,
                options.heartbeatInterval, options.heartbeatTimeout, options.heartbeatFailCount);

        recovery = new StateRecovery(clients, heartbeats, channels, lifecycle, new SubscriptionRecovery(ackInboxes),
                new StartupRedelivery(dispatcher, redelivery));
        endpoints = new ProtocolEndpoints(transport, subjects, control, workers,
                new ConnectHandler(transport, control, store, clients, closer, heartbeats, subjects, options.debug),
                new CloseHandler(transport, clients, closer),
                new PingHandler(transport, clients, heartbeats, control),
                new Publisher(transport, clients, channels, lifecycle, dispatcher, workers, scheduler, traffic,
                        options.trace),
                new SubscribeHandler(transport, clients, channels, lifecycle, dispatcher, redelivery, ackInboxes, removal,
                        scheduler, options.replaceDurable, options.debug),
                new UnsubscribeHandler(transport, channels, lifecycle, removal, options.debug),
                options.trace);
    }

    /** Rebuilds what a previous run left; call before {@link #start()}. */
    public void restore(Store.RecoveredState state) throws StoreException {
        recovery.restore(state);
    }

    /** Once the server listens: recovered subscriptions get their pending messages again, then new ones. */
    public void startRecovered() {
        recovery.startDelivery();
    }

    /** Whether every worker is idle at this instant: nothing queued or running. */
    public boolean isIdle() {
        if (!control.isIdle()) {
            return false;
        }
        for (Worker worker : workers.all()) {
            if (!worker.isIdle()) {
                return false;
            }
        }
        return true;
    }

    /** Starts the owner threads, then listens on the protocol subjects. */
    public void start() {
        control.start();
        workers.start();
        endpoints.open();
    }

    public ClientRegistry clients() {
        return clients;
    }

    public ChannelRegistry channels() {
        return channels;
    }

    /** Message counters since start. */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() {
        endpoints.close();
        workers.stop();
        control.stop();
    }
}
