package io.jstan.streaming.monitor;

import io.jstan.nats.monitor.Rfc3339;
import io.jstan.streaming.core.StreamingCore;
import io.jstan.streaming.limits.ChannelLimitsResolver;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every {@code /streaming/*} endpoint needs: the server's identity, its store and its running core. */
public record MonitorContext(String clusterId, String serverId, Instant startTime, String storeType,
                             ChannelLimitsResolver limits, StreamingCore core) {

    /** The fields that open every JSON answer: {@code cluster_id}, {@code server_id}, {@code now}. */
    Map<String, Object> header() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cluster_id", clusterId);
        out.put("server_id", serverId);
        out.put("now", Rfc3339.format(Instant.now(), ZoneId.systemDefault()));
        return out;
    }
}
