package io.jstan.server.config;

import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingOptions.ChannelLimitOverrides;
import java.util.Map;

/** Applies a {@code store_limits} block: the global limits and the per-channel overrides. */
final class StoreLimitsConfig {

    private StoreLimitsConfig() {
    }

    static void apply(Map<String, Node> block, StreamingOptions options) throws ConfigException {
        ChannelLimitOverrides global = new ChannelLimitOverrides();
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "mc", "max_channels", "maxchannels" -> options.maxChannels = entry.int32();
                case "channels", "channels_limits", "channelslimits", "per_channel", "per_channel_limits" ->
                        channels(entry.map(), options);
                default -> limit(entry, global);
            }
        }
        if (global.maxSubscriptions != null) {
            options.maxSubscriptions = global.maxSubscriptions;
        }
        if (global.maxMsgs != null) {
            options.maxMsgs = global.maxMsgs;
        }
        if (global.maxBytes != null) {
            options.maxBytes = global.maxBytes;
        }
        if (global.maxAge != null) {
            options.maxAge = global.maxAge;
        }
        if (global.maxInactivity != null) {
            options.maxInactivity = global.maxInactivity;
        }
    }

    /** Each entry is a map, possibly empty; a key left out inherits, a 0 means unlimited. */
    private static void channels(Map<String, Node> block, StreamingOptions options) throws ConfigException {
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Node value = e.getValue();
            if (!(value.value() instanceof Map)) {
                throw ConfigException.at(value.position(),
                        "expected channel limits to be a map/struct, got " + value.value());
            }
            ChannelLimitOverrides overrides = new ChannelLimitOverrides();
            for (Map.Entry<String, Node> limit : value.asMap().entrySet()) {
                limit(new Entry(limit.getKey(), limit.getValue()), overrides);
            }
            options.channelLimits.put(e.getKey(), overrides);
        }
    }

    private static void limit(Entry entry, ChannelLimitOverrides limits) throws ConfigException {
        switch (entry.name()) {
            case "msu", "max_subs", "max_subscriptions", "maxsubscriptions" -> limits.maxSubscriptions = entry.int32();
            case "mm", "max_msgs", "maxmsgs", "max_count", "maxcount" -> limits.maxMsgs = entry.int64();
            case "mb", "max_bytes", "maxbytes" -> limits.maxBytes = entry.int64();
            case "ma", "max_age", "maxage" -> limits.maxAge = entry.duration();
            case "mi", "max_inactivity", "maxinactivity" -> limits.maxInactivity = entry.duration();
            default -> {
                // upstream ignores unknown keys
            }
        }
    }
}
