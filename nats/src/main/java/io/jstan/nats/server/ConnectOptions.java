package io.jstan.nats.server;

import io.jstan.nats.protocol.ProtocolViolation;

import java.util.Map;

/**
 * The fields of a client's CONNECT, read on top of upstream's defaults: verbose, pedantic and
 * echo are true when absent. A field of the wrong type closes the connection silently.
 */
record ConnectOptions(
        boolean verbose,
        boolean pedantic,
        boolean echo,
        boolean headers,
        boolean noResponders,
        long protocol,
        String user,
        String pass,
        String authToken,
        String name,
        String lang,
        String version,
        boolean account) {

    static ConnectOptions from(Map<String, Object> json) {
        return new ConnectOptions(
                bool(json, "verbose", true),
                bool(json, "pedantic", true),
                bool(json, "echo", true),
                bool(json, "headers", false),
                bool(json, "no_responders", false),
                integer(json, "protocol"),
                string(json, "user"),
                string(json, "pass"),
                string(json, "auth_token"),
                string(json, "name"),
                string(json, "lang"),
                string(json, "version"),
                json.containsKey("account") || json.containsKey("new_account"));
    }

    private static boolean bool(Map<String, Object> json, String key, boolean absent) {
        Object value = json.get(key);
        if (value == null) {
            return absent;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw ProtocolViolation.silent("CONNECT field " + key + " is not a boolean");
    }

    private static long integer(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof Long l) {
            return l;
        }
        throw ProtocolViolation.silent("CONNECT field " + key + " is not an integer");
    }

    private static String string(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw ProtocolViolation.silent("CONNECT field " + key + " is not a string");
    }
}
