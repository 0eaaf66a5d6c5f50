package io.jstan.nats.server;

import io.jstan.nats.NatsServerOptions;
import io.netty.util.concurrent.ScheduledFuture;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The authorization timeout and the keepalive of one connection. The first PING after CONNECT
 * measures the round trip; later PINGs go only to clients that have been silent for a whole
 * ping interval, and {@code ping_max} unanswered PINGs close the connection as stale.
 * Runs on the connection's event loop.
 */
final class ClientTimers {

    private static final long FIRST_PING_MAX_NANOS = Duration.ofSeconds(2).toNanos();

    private final ClientConnection connection;
    private final long pingIntervalNanos;
    private final int pingMax;
    private final long authTimeoutNanos;

    private ScheduledFuture<?> authTimer;
    private ScheduledFuture<?> pingTimer;
    private boolean firstPingSent;
    private int outstandingPings;
    private long pingSentNanos;
    private volatile long rttNanos;

    ClientTimers(ClientConnection connection, NatsServerOptions options) {
        this.connection = connection;
        this.pingIntervalNanos = options.pingInterval.toNanos();
        this.pingMax = options.pingMax;
        this.authTimeoutNanos = options.effectiveAuthTimeout().toNanos();
    }

    void startAuthTimer(boolean required) {
        if (required && !connection.isConnected()) {
            authTimer = connection.eventLoop().schedule(connection::authenticationTimeout,
                    authTimeoutNanos, TimeUnit.NANOSECONDS);
        }
    }

    void cancelAuthTimer() {
        if (authTimer != null) {
            authTimer.cancel(false);
            authTimer = null;
        }
    }

    void startPingTimer(Duration first) {
        schedulePing(first.toNanos());
    }

    /** After CONNECT: ping soon, with jitter, to learn the round-trip time. */
    void startFirstPing() {
        long delay = Math.min(pingIntervalNanos, FIRST_PING_MAX_NANOS);
        delay += (long) (delay * 0.2 * ThreadLocalRandom.current().nextDouble());
        schedulePing(delay);
    }

    void pongReceived() {
        outstandingPings = 0;
        if (pingSentNanos != 0) {
            rttNanos = System.nanoTime() - pingSentNanos;
            pingSentNanos = 0;
        }
    }

    long rttNanos() {
        return rttNanos;
    }

    void cancel() {
        cancelAuthTimer();
        if (pingTimer != null) {
            pingTimer.cancel(false);
        }
    }

    private void schedulePing(long delayNanos) {
        if (pingTimer != null) {
            pingTimer.cancel(false);
        }
        pingTimer = connection.eventLoop().schedule(this::tick, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void tick() {
        long now = System.nanoTime();
        boolean recentlyActive = now - connection.lastActivityNanos() < pingIntervalNanos;
        if (!(recentlyActive && firstPingSent)) {
            if (outstandingPings + 1 > pingMax) {
                connection.staleConnection();
                return;
            }
            outstandingPings++;
            firstPingSent = true;
            pingSentNanos = now;
            connection.sendPing();
        }
        schedulePing(pingIntervalNanos);
    }
}
