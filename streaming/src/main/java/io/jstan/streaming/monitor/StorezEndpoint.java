package io.jstan.streaming.monitor;

import io.jstan.nats.monitor.MonitorReply;
import io.jstan.store.ChannelLimits;
import io.jstan.streaming.limits.ChannelLimitsResolver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /streaming/storez}: the store type, its configured limits and what it holds. */
final class StorezEndpoint {

    private final MonitorContext context;

    StorezEndpoint(MonitorContext context) {
        this.context = context;
    }

    MonitorReply answer(Map<String, List<String>> query) {
        List<ChannelView> channels = EngineSnapshot.channels(context.core());
        Map<String, Object> out = context.header();
        out.put("type", context.storeType());
        out.put("limits", limits(context.limits()));
        out.put("total_msgs", channels.stream().mapToLong(ChannelView::msgs).sum());
        out.put("total_bytes", channels.stream().mapToLong(ChannelView::bytes).sum());
        return MonitorReply.json(out);
    }

    /** Durations in nanoseconds, as Go serialises them; per-channel entries with inheritance applied. */
    private static Map<String, Object> limits(ChannelLimitsResolver resolver) {
        ChannelLimits global = resolver.global();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("max_channels", resolver.maxChannels());
        out.put("max_msgs", global.maxMsgs());
        out.put("max_bytes", global.maxBytes());
        out.put("max_age", global.maxAgeNanos());
        out.put("max_subscriptions", global.maxSubscriptions());
        out.put("max_inactivity", global.maxInactivityNanos());
        if (!resolver.entries().isEmpty()) {
            Map<String, Object> channels = new LinkedHashMap<>();
            for (ChannelLimitsResolver.Entry entry : resolver.entries()) {
                ChannelLimits limits = entry.limits();
                Map<String, Object> channel = new LinkedHashMap<>();
                channel.put("max_msgs", limits.maxMsgs());
                channel.put("max_bytes", limits.maxBytes());
                channel.put("max_age", limits.maxAgeNanos());
                channel.put("max_subscriptions", limits.maxSubscriptions());
                channel.put("max_inactivity", limits.maxInactivityNanos());
                channels.put(entry.pattern(), channel);
            }
            out.put("channels", channels);
        }
        return out;
    }
}
