package io.jstan.streaming.monitor;

import io.jstan.nats.monitor.MonitorReply;
import io.jstan.streaming.clients.Client;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /streaming/clientsz}: the clients, paged, or one with {@code client=<id>}; {@code subs=1} adds subscriptions. */
final class ClientszEndpoint {

    private final MonitorContext context;

    ClientszEndpoint(MonitorContext context) {
        this.context = context;
    }

    MonitorReply answer(Map<String, List<String>> params) {
        Query query = new Query(params);
        String id = query.string("client");
        List<ChannelView> channels = EngineSnapshot.channels(context.core());
        if (!id.isEmpty()) {
            Client client = context.core().clients().byId(id);
            if (client == null) {
                return MonitorReply.text(404, "Client " + id + " not found\n");
            }
            return MonitorReply.json(client(client, channels, query.subs()));
        }
        List<Client> all = new ArrayList<>(context.core().clients().all());
        all.sort(Comparator.comparing(Client::id));
        List<Object> page = new ArrayList<>();
        for (Client client : query.page(all)) {
            page.add(client(client, channels, query.subs()));
        }
        Map<String, Object> out = context.header();
        out.put("offset", query.offset());
        out.put("limit", query.limit());
        out.put("count", page.size());
        out.put("total", all.size());
        out.put("clients", page);
        return MonitorReply.json(out);
    }

    /** Upstream's Clientz: the client's online subscriptions, by channel. */
    private static Map<String, Object> client(Client client, List<ChannelView> channels, boolean withSubs) {
        Map<String, List<Object>> subs = new LinkedHashMap<>();
        int count = 0;
        for (ChannelView channel : channels) {
            for (SubscriptionView sub : channel.subscriptions()) {
                if (!sub.offline() && sub.clientId().equals(client.id())) {
                    subs.computeIfAbsent(channel.name(), name -> new ArrayList<>()).add(SubscriptionJson.of(sub));
                    count++;
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", client.id());
        out.put("hb_inbox", client.heartbeatInbox());
        out.put("subs_count", count);
        if (withSubs && !subs.isEmpty()) {
            out.put("subscriptions", subs);
        }
        return out;
    }
}
