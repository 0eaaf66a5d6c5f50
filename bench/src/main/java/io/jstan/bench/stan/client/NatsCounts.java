package io.jstan.bench.stan.client;

import io.nats.client.Connection;
import io.nats.client.Statistics;

/** NATS-level traffic of one connection: what upstream's samples call MsgCnt and IOBytes. */
public record NatsCounts(long messages, long bytes) {

    public static NatsCounts of(Connection connection) {
        Statistics stats = connection.getStatistics();
        return new NatsCounts(stats.getInMsgs() + stats.getOutMsgs(), stats.getInBytes() + stats.getOutBytes());
    }
}
