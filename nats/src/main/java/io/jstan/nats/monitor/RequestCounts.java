package io.jstan.nats.monitor;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Requests served per monitoring path, shown as {@code http_req_stats} in {@code /varz}. */
final class RequestCounts {

    private final ConcurrentMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    void increment(String path) {
        counts.computeIfAbsent(path, p -> new LongAdder()).increment();
    }

    /** Sorted by path, as Go's encoder orders map keys. */
    Map<String, Object> snapshot() {
        Map<String, Object> sorted = new TreeMap<>();
        counts.forEach((path, count) -> sorted.put(path, count.sum()));
        return sorted;
    }
}
