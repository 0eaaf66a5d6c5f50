package io.jstan.streaming.monitor;

import java.util.LinkedHashMap;
import java.util.Map;

/** Upstream's Subscriptionz object, fields in its order. */
final class SubscriptionJson {

    private SubscriptionJson() {
    }

    static Map<String, Object> of(SubscriptionView s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("client_id", s.clientId());
        out.put("inbox", s.inbox());
        out.put("ack_inbox", s.ackInbox());
        if (!s.durableName().isEmpty()) {
            out.put("durable_name", s.durableName());
        }
        if (!s.queueName().isEmpty()) {
            out.put("queue_name", s.queueName());
        }
        out.put("is_durable", s.durable());
        out.put("is_offline", s.offline());
        out.put("max_inflight", s.maxInflight());
        out.put("ack_wait", s.ackWaitSeconds());
        out.put("last_sent", s.lastSent());
        out.put("pending_count", s.pendingCount());
        out.put("is_stalled", s.stalled());
        return out;
    }
}
