package io.jstan.nats.monitor;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Renders monitoring responses, built as ordered maps, lists, strings, numbers and booleans,
 * as JSON shaped like upstream's: two-space indent, {@code "key": value}, {@code {}} and
 * {@code []} when empty. The one place that writes JSON, so a shared writer can replace it.
 */
final class MonitorJson {

    private MonitorJson() {
    }

    /** Pretty JSON, as most endpoints answer. */
    static String pretty(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(out, value, 0, true);
        return out.toString();
    }

    /** Single-line JSON, as {@code /healthz} answers. */
    static String compact(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(out, value, 0, false);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth, boolean pretty) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            number(out, ((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            out.append(number.longValue());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, depth, pretty);
        } else if (value instanceof Collection<?> list) {
            array(out, list, depth, pretty);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, int depth, boolean pretty) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            string(out, entry.getKey().toString());
            out.append(pretty ? ": " : ":");
            write(out, entry.getValue(), depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, int depth, boolean pretty) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            write(out, item, depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth, boolean pretty) {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    /** Go prints whole floats without a fraction and never uses an exponent in this range. */
    private static void number(StringBuilder out, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            out.append('0'); // JSON has no NaN; a gauge of 0 is the least surprising reading
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
            return;
        }
        out.append(new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString());
    }

    /** Escapes as Go's encoder does, including HTML-sensitive characters. */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
