package io.jstan.nats.monitor;

import io.jstan.nats.server.ServerContext;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a standalone upstream server answers on the paths of features we do not offer
 * (routes, gateways, leaf nodes, accounts, JetStream), so dashboards and exporters keep working.
 */
final class StubEndpoints {

    static final String SYSTEM_ACCOUNT = "$SYS";
    static final String GLOBAL_ACCOUNT = "$G";

    private final ServerContext context;

    StubEndpoints(ServerContext context) {
        this.context = context;
    }

    Object routez(QueryParams query) {
        Map<String, Object> routez = header();
        routez.put("num_routes", 0);
        routez.put("routes", List.of());
        return routez;
    }

    Object gatewayz(QueryParams query) {
        Map<String, Object> gatewayz = header();
        gatewayz.put("outbound_gateways", Map.of());
        gatewayz.put("inbound_gateways", Map.of());
        return gatewayz;
    }

    Object leafz(QueryParams query) {
        Map<String, Object> leafz = header();
        leafz.put("leafnodes", 0);
        leafz.put("leafs", null);
        return leafz;
    }

    Object accountz(QueryParams query) {
        Map<String, Object> accountz = header();
        accountz.put("system_account", SYSTEM_ACCOUNT);
        accountz.put("accounts", List.of(GLOBAL_ACCOUNT, SYSTEM_ACCOUNT));
        return accountz;
    }

    Object jsz(QueryParams query) {
        Map<String, Object> jsz = header();
        jsz.put("disabled", true);
        jsz.put("config", zeros("max_memory", "max_storage"));
        jsz.putAll(zeros("memory", "storage", "reserved_memory", "reserved_storage", "accounts", "ha_assets"));
        jsz.put("api", zeros("total", "errors"));
        jsz.putAll(zeros("streams", "consumers", "messages", "bytes"));
        return jsz;
    }

    private Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("server_id", context.info().serverId());
        header.put("now", Rfc3339.format(Instant.now()));
        return header;
    }

    private static Map<String, Object> zeros(String... names) {
        Map<String, Object> zeros = new LinkedHashMap<>();
        for (String name : names) {
            zeros.put(name, 0);
        }
        return zeros;
    }
}
