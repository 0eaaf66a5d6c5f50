package io.jstan.nats.monitor;

import io.jstan.nats.server.ConnectionInfo.SubscriptionInfo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The subscription detail object shared by {@code /connz?subs=detail} and {@code /subsz?subs=1}. */
final class SubDetails {

    private SubDetails() {
    }

    /** Upstream names the account only in {@code /subsz}, where subscriptions of all clients mix. */
    static Map<String, Object> of(SubscriptionInfo subscription, boolean withAccount) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (withAccount) {
            detail.put("account", StubEndpoints.GLOBAL_ACCOUNT);
        }
        detail.put("subject", subscription.subject());
        if (subscription.queue() != null && !subscription.queue().isEmpty()) {
            detail.put("qgroup", subscription.queue());
        }
        detail.put("sid", subscription.sid());
        detail.put("msgs", subscription.msgs());
        if (subscription.max() > 0) {
            detail.put("max", subscription.max());
        }
        detail.put("cid", subscription.cid());
        return detail;
    }
}
