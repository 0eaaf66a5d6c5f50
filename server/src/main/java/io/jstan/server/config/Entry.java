package io.jstan.server.config;

import io.jstan.server.cli.GoDurationConverter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One {@code key: value} of a section, read as the type the option expects, with upstream's type errors. */
record Entry(String key, Node node) {

    /** The lower-cased key, as upstream matches keys case-insensitively. */
    String name() {
        return key.toLowerCase(java.util.Locale.ROOT);
    }

    String string() throws ConfigException {
        return (String) expect(String.class, "string");
    }

    boolean bool() throws ConfigException {
        return (Boolean) expect(Boolean.class, "bool");
    }

    long int64() throws ConfigException {
        return (Long) expect(Long.class, "int64");
    }

    int int32() throws ConfigException {
        long value = int64();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ConfigException.at(node.position(), "parameter \"" + key + "\" value is out of range: " + value);
        }
        return (int) value;
    }

    Map<String, Node> map() throws ConfigException {
        expect(Map.class, "map");
        return node.asMap();
    }

    List<Node> slice() throws ConfigException {
        expect(List.class, "slice");
        return node.asList();
    }

    /** A Go duration string such as {@code "1h30m"}. */
    Duration duration() throws ConfigException {
        String text = string();
        try {
            return Duration.ofNanos(GoDurationConverter.parseNanos(text));
        } catch (RuntimeException e) {
            throw ConfigException.at(node.position(), "time: invalid duration \"" + text + "\"");
        }
    }

    /** A duration given as a Go duration string or as whole seconds (NATS accepts both). */
    Duration durationOrSeconds() throws ConfigException {
        if (node.value() instanceof Long seconds) {
            return Duration.ofSeconds(seconds);
        }
        if (node.value() instanceof Double seconds) {
            return Duration.ofNanos((long) (seconds * 1e9));
        }
        return duration();
    }

    /** Refuses a setting of a feature not built; a value that leaves it off is accepted. */
    void unsupported() throws ConfigException {
        Object value = node.value();
        if (Boolean.FALSE.equals(value) || "".equals(value)) {
            return;
        }
        throw ConfigException.at(node.position(), "not supported yet: " + key);
    }

    private Object expect(Class<?> type, String kind) throws ConfigException {
        if (!type.isInstance(node.value())) {
            throw ConfigException.at(node.position(), "parameter \"" + key + "\" value is expected to be "
                    + kind + ", got " + node.kind());
        }
        return node.value();
    }
}
