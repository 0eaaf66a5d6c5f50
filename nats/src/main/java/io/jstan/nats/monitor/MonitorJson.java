package io.jstan.nats.monitor;

import io.jstan.nats.json.JsonWriter;

/**
 * Renders monitoring responses, built as ordered maps, lists, strings, numbers and booleans,
 * as JSON shaped like upstream's: two-space indent, {@code "key": value}, {@code {}} and
 * {@code []} when empty.
 */
final class MonitorJson {

    private MonitorJson() {
    }

    /** Pretty JSON, as most endpoints answer. */
    static String pretty(Object value) {
        return JsonWriter.pretty().value(value).toString();
    }

    /** Single-line JSON, as {@code /healthz} answers. */
    static String compact(Object value) {
        return JsonWriter.compact().value(value).toString();
    }
}
