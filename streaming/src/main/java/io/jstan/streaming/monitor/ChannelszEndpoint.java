package io.jstan.streaming.monitor;

import io.jstan.nats.monitor.MonitorReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /streaming/channelsz}: channel names, paged, full details with {@code subs=1}, or one with {@code channel=}. */
final class ChannelszEndpoint {

    private final MonitorContext context;

    ChannelszEndpoint(MonitorContext context) {
        this.context = context;
    }

    MonitorReply answer(Map<String, List<String>> params) {
        Query query = new Query(params);
        String name = query.string("channel");
        List<ChannelView> channels = EngineSnapshot.channels(context.core());
        if (!name.isEmpty()) {
            for (ChannelView channel : channels) {
                if (channel.name().equals(name)) {
                    return MonitorReply.json(channel(channel, query.subs()));
                }
            }
            return MonitorReply.text(404, "Channel " + name + " not found\n");
        }
        List<ChannelView> page = query.page(channels);
        Map<String, Object> out = context.header();
        out.put("offset", query.offset());
        out.put("limit", query.limit());
        out.put("count", page.size());
        out.put("total", channels.size());
        if (!page.isEmpty()) {
            List<Object> items = new ArrayList<>();
            for (ChannelView channel : page) {
                items.add(query.subs() ? channel(channel, true) : channel.name());
            }
            out.put(query.subs() ? "channels" : "names", items);
        }
        return MonitorReply.json(out);
    }

    /** Upstream's Channelz. */
    private static Map<String, Object> channel(ChannelView channel, boolean withSubs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", channel.name());
        out.put("msgs", channel.msgs());
        out.put("bytes", channel.bytes());
        out.put("first_seq", channel.firstSeq());
        out.put("last_seq", channel.lastSeq());
        out.put("subs_count", channel.subscriptions().size());
        if (withSubs && !channel.subscriptions().isEmpty()) {
            List<Object> subs = new ArrayList<>();
            for (SubscriptionView sub : channel.subscriptions()) {
                subs.add(SubscriptionJson.of(sub));
            }
            out.put("subscriptions", subs);
        }
        return out;
    }
}
