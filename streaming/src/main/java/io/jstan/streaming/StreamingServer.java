package io.jstan.streaming;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import io.jstan.store.ServerInfo;
import io.jstan.store.Store;
import io.jstan.store.StoreException;
import io.jstan.streaming.core.DuplicateServerCheck;
import io.jstan.streaming.core.Stores;
import io.jstan.streaming.core.StreamingCore;
import io.jstan.streaming.limits.ChannelLimitsResolver;
import io.jstan.streaming.limits.LimitsBanner;
import io.jstan.streaming.monitor.MonitorContext;
import io.jstan.streaming.monitor.StreamingMonitor;
import io.jstan.streaming.protocol.GoQuote;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.SystemScheduler;
import io.jstan.streaming.transport.ExternalNats;
import io.jstan.streaming.transport.InProcessTransport;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.transport.NatsServerUrls;
import io.jstan.streaming.transport.Nuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A complete NATS Streaming server for embedding: the embedded NATS server, the store and the
 * streaming core attached in process (or, with {@code natsServerUrl}, the core over an external
 * NATS server and no embedded one). The client port opens only once the core listens on its
 * subjects, so the first client to connect finds it ready.
 */
public final class StreamingServer implements AutoCloseable {

    /** The upstream release this server is compatible with. */
    public static final String VERSION = "0.25.6";

    private static final Logger log = LoggerFactory.getLogger(StreamingServer.class);
    private static final Duration READY_FLUSH_TIMEOUT = Duration.ofSeconds(5);

    private final NatsServerOptions natsOptions;
    private final StreamingOptions options;
    private final Scheduler scheduler;
    private NatsServer nats;
    private Store store;
    private NatsTransport transport;
    private StreamingCore core;
    private boolean started;

    public StreamingServer(NatsServerOptions natsOptions, StreamingOptions options) {
        this(natsOptions, options, new SystemScheduler());
    }

    /** With a given scheduler: tests drive time with a manual one. */
    public StreamingServer(NatsServerOptions natsOptions, StreamingOptions options, Scheduler scheduler) {
        this.natsOptions = natsOptions;
        this.options = options;
        this.scheduler = scheduler;
    }

    /** Starts everything; on failure nothing is left running. */
    public synchronized void start() throws InterruptedException {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        try {
            startAll();
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    private void startAll() throws InterruptedException {
        List<String> externalUrls = options.natsServerUrl == null ? null : NatsServerUrls.parse(options.natsServerUrl);
        ChannelLimitsResolver limits = new ChannelLimitsResolver(options);
        log.info("Starting nats-streaming-server[{}] version {}", options.clusterId, VERSION);
        String serverId = Nuid.next();
        Instant startTime = Instant.now();
        log.info("ServerID: {}", serverId);
        log.info("Java version: {}", System.getProperty("java.version"));
        if (externalUrls == null) {
            nats = new NatsServer(natsOptions);
            nats.init();
        }
        store = Stores.create(options, limits);
        Store.RecoveredState state = recover();
        ServerSubjects subjects = state.serverInfo() == null
                ? ServerSubjects.defaults(options.clusterId, options.discoverPrefix)
                : ServerSubjects.of(state.serverInfo());
        transport = externalUrls == null
                ? new InProcessTransport(nats.connectInProcess("nats-streaming-server"), scheduler)
                : ExternalNats.connect(externalUrls, options, subjects, scheduler);
        DuplicateServerCheck.run(transport, subjects, options.clusterId);
        core = new StreamingCore(options, limits, transport, store, scheduler, subjects);
        try {
            core.restore(state);
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        core.start();
        if (options.debug) {
            log.debug("Discover subject:           {}", subjects.discover());
            log.debug("Publish subject:            {}.>", subjects.publishPrefix());
            log.debug("Subscribe subject:          {}", subjects.subscribe());
            log.debug("Subscription Close subject: {}", subjects.subscriptionClose());
            log.debug("Unsubscribe subject:        {}", subjects.unsubscribe());
            log.debug("Close subject:              {}", subjects.close());
        }
        log.info("Message store is {}", store.type());
        for (String line : LimitsBanner.lines(limits)) {
            log.info(line);
        }
        if (nats != null) {
            StreamingMonitor.register(nats,
                    new MonitorContext(options.clusterId, serverId, startTime, store.type(), limits, core));
        }
        // The ready line promises the protocol subscriptions are registered with NATS.
        transport.flush(READY_FLUSH_TIMEOUT);
        if (nats != null) {
            nats.listen();
        }
        core.startRecovered();
        log.info("Streaming Server is ready");
    }

    /** Reads the previous run's state; a new store records the default subjects. */
    private Store.RecoveredState recover() {
        log.info("Recovering the state...");
        Store.RecoveredState state;
        try {
            state = store.recover();
            if (state.serverInfo() == null) {
                log.info("No recovered state");
                ServerSubjects subjects = ServerSubjects.defaults(options.clusterId, options.discoverPrefix);
                store.saveServerInfo(subjects.toServerInfo(options.clusterId, options.discoverPrefix));
                return state;
            }
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        ServerInfo info = state.serverInfo();
        if (!info.clusterId().equals(options.clusterId)) {
            throw new IllegalStateException("cluster ID " + GoQuote.quote(options.clusterId)
                    + " does not match recovered value of " + GoQuote.quote(info.clusterId()));
        }
        log.info("Recovered {} channel(s)", state.channels().size());
        return state;
    }

    /** The bound client port of the embedded NATS server. */
    public int port() {
        return nats.port();
    }

    /** The embedded NATS server; null over an external one. */
    public NatsServer natsServer() {
        return nats;
    }

    /** The running core, for monitoring. */
    public StreamingCore core() {
        return core;
    }

    @Override
    public synchronized void close() {
        if (!started) {
            return;
        }
        started = false;
        log.info("Shutting down.");
        if (core != null) {
            core.close();
            core = null;
        }
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                log.error("Error closing store: {}", e.getMessage());
            }
            store = null;
        }
        if (nats != null) {
            nats.close();
            nats = null;
        }
        scheduler.close();
    }
}
