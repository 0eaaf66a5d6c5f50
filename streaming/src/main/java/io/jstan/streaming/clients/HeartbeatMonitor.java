package io.jstan.streaming.clients;

import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.Timer;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Server-to-client heartbeats: every interval an empty request to the client's heartbeat
 * inbox; a client that misses more than the fail count in a row is closed. The first miss flags
 * the client so its subscriptions are skipped until it answers again. Control worker only.
 */
public final class HeartbeatMonitor {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatMonitor.class);
    private static final long SOON_NANOS = 1_000_000;

    private final NatsTransport transport;
    private final Scheduler scheduler;
    private final Worker control;
    private final ClientRegistry registry;
    private final ClientCloser closer;
    private final long intervalNanos;
    private final Duration timeout;
    private final int failCount;

    public HeartbeatMonitor(NatsTransport transport, Scheduler scheduler, Worker control, ClientRegistry registry,
                            ClientCloser closer, Duration interval, Duration timeout, int failCount) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.control = control;
        this.registry = registry;
        this.closer = closer;
        this.intervalNanos = interval.toNanos();
        this.timeout = timeout;
        this.failCount = failCount;
    }

    public void start(Client client) {
        arm(client, intervalNanos);
    }

    /** A ping from a client with failed heartbeats: check it almost at once so its flag clears quickly. */
    public void checkSoon(Client client) {
        if (registry.byId(client.id()) == client && client.heartbeatFailures > 0 && !client.heartbeatInFlight) {
            Timer.cancel(client.heartbeatTimer);
            arm(client, SOON_NANOS);
        }
    }

    private void arm(Client client, long delayNanos) {
        client.heartbeatTimer = scheduler.schedule(control, delayNanos, () -> check(client));
    }

    private void check(Client client) {
        client.heartbeatTimer = null;
        if (registry.byId(client.id()) != client) {
            return;
        }
        client.heartbeatInFlight = true;
        transport.request(client.heartbeatInbox(), Replies.EMPTY, timeout)
                .whenComplete((reply, error) -> control.execute(() -> checked(client, error == null)));
    }

    private void checked(Client client, boolean answered) {
        client.heartbeatInFlight = false;
        if (registry.byId(client.id()) != client) {
            return;
        }
        if (answered) {
            if (client.heartbeatFailures > 0) {
                client.heartbeatFailures = 0;
                client.failedHeartbeats(false);
            }
        } else {
            client.heartbeatFailures++;
            if (client.heartbeatFailures == 1) {
                client.failedHeartbeats(true);
            }
            if (client.heartbeatFailures > failCount) {
                log.error("[Client:{}] Timed out on heartbeats", client.id());
                closer.close(client, () -> { });
                return;
            }
        }
        arm(client, intervalNanos);
    }
}
