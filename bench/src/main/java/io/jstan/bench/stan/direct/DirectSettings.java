package io.jstan.bench.stan.direct;

import java.time.Duration;

/** Client-side protocol settings of the direct client, defaulted like the official clients. */
public record DirectSettings(
        String clusterId,
        String discoverPrefix,
        int maxPubAcksInFlight,
        int maxInFlight,
        int ackWaitSeconds,
        int pingIntervalSeconds,
        int pingMaxOut,
        Duration requestTimeout) {

    public static DirectSettings defaults(String clusterId, int maxPubAcksInFlight) {
        return new DirectSettings(clusterId, "_STAN.discover", maxPubAcksInFlight, 1024, 30, 5, 3,
                Duration.ofSeconds(5));
    }

    String discoverSubject() {
        return discoverPrefix + "." + clusterId;
    }
}
