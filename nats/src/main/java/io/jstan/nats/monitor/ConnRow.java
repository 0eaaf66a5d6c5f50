package io.jstan.nats.monitor;

import io.jstan.nats.server.ConnectionInfo;

import java.time.Duration;
import java.time.Instant;

/**
 * One connection as {@code /connz} sorts and shows it: its snapshot, its subscription count,
 * and the instant its uptime and idle time run to (now while open, the stop time once closed).
 */
record ConnRow(ConnectionInfo info, int subscriptions, Instant until) {

    static ConnRow open(ConnectionInfo info, int subscriptions, Instant now) {
        return new ConnRow(info, subscriptions, now);
    }

    static ConnRow closed(ConnectionInfo info) {
        return new ConnRow(info, info.subscriptions().size(), info.stop());
    }

    Duration uptime() {
        return Duration.between(info.start(), until);
    }

    Duration idle() {
        return Duration.between(info.lastActivity(), until);
    }
}
