package io.jstan.nats.server;

import java.time.Instant;
import java.util.List;

/** A snapshot of one connection, open or closed, as monitoring reports it. */
public record ConnectionInfo(
        long cid,
        String ip,
        int port,
        Instant start,
        Instant lastActivity,
        Instant stop,
        String reason,
        long rttNanos,
        long pendingBytes,
        long inMsgs,
        long outMsgs,
        long inBytes,
        long outBytes,
        String name,
        String lang,
        String version,
        String tlsVersion,
        String tlsCipherSuite,
        String authorizedUser,
        List<SubscriptionInfo> subscriptions) {

    /** One subscription in a connection snapshot. */
    public record SubscriptionInfo(String subject, String queue, String sid, long msgs, long max, long cid) {

        static SubscriptionInfo of(Subscription subscription) {
            return new SubscriptionInfo(subscription.subject(), subscription.queue(), subscription.sid(),
                    subscription.delivered(), subscription.max(), subscription.client().cid());
        }
    }
}
