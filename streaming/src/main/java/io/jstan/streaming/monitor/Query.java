package io.jstan.streaming.monitor;

import java.util.List;
import java.util.Map;

/** The query parameters of the streaming endpoints, read leniently as upstream does. */
final class Query {

    /** Upstream's page size when {@code limit} is absent, not a number or not positive. */
    static final int DEFAULT_LIMIT = 1024;

    private final Map<String, List<String>> values;

    Query(Map<String, List<String>> values) {
        this.values = values;
    }

    String string(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    /** An integer, 0 when absent or not a number. */
    int integer(String name) {
        try {
            return Integer.parseInt(string(name));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** {@code subs=1} is the only form that turns subscriptions on. */
    boolean subs() {
        return integer("subs") == 1;
    }

    int offset() {
        return Math.max(0, integer("offset"));
    }

    int limit() {
        int limit = integer("limit");
        return limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** The page of a sorted list that offset and limit select. */
    <T> List<T> page(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = (int) Math.min((long) from + limit(), all.size());
        return all.subList(from, to);
    }
}
