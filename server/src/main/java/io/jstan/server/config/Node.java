package io.jstan.server.config;

import java.util.List;
import java.util.Map;

/**
 * One value of a configuration file and where it was written. The value is a {@link String},
 * {@link Long}, {@link Double}, {@link Boolean}, a {@code Map<String, Node>} (keys in file order)
 * or a {@code List<Node>}.
 */
public record Node(Object value, Position position) {

    /** A place in a configuration file. */
    public record Position(String file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** The value's type as upstream names it in its errors (Go kinds). */
    public String kind() {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "int64";
        }
        if (value instanceof Double) {
            return "float64";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Map) {
            return "map";
        }
        if (value instanceof List) {
            return "slice";
        }
        return "unknown";
    }

    @SuppressWarnings("unchecked")
    public Map<String, Node> asMap() {
        return (Map<String, Node>) value;
    }

    @SuppressWarnings("unchecked")
    public List<Node> asList() {
        return (List<Node>) value;
    }
}
