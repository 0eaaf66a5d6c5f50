package io.jstan.nats.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;

/**
 * Builds JSON text with members in call order. Pretty output has the exact shape of Go's
 * {@code json.MarshalIndent(v, "", "  ")} (monitoring endpoints); compact output that of
 * {@code json.Marshal} (the INFO line). Strings are escaped as Go escapes them.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    // Per open container: whether it is an object, and whether it holds an element yet.
    private boolean[] inObject = new boolean[8];
    private boolean[] hasElements = new boolean[8];
    private int depth;
    private boolean afterName;

    private JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Two-space indented output, one element per line. */
    public static JsonWriter pretty() {
        return new JsonWriter(true);
    }

    /** Output without any whitespace. */
    public static JsonWriter compact() {
        return new JsonWriter(false);
    }

    public JsonWriter beginObject() {
        return open('{', true);
    }

    public JsonWriter endObject() {
        return close('}', true);
    }

    public JsonWriter beginArray() {
        return open('[', false);
    }

    public JsonWriter endArray() {
        return close(']', false);
    }

    /** Starts an object member; the next call writes its value. */
    public JsonWriter name(String name) {
        if (depth == 0 || !inObject[depth - 1] || afterName) {
            throw new IllegalStateException("a member name belongs directly inside an object");
        }
        startElement();
        appendString(name);
        out.append(pretty ? ": " : ":");
        afterName = true;
        return this;
    }

    /** Writes a string, or null for a null reference. */
    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        appendString(value);
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * Writes a number as Go does: plain decimals between 1e-6 and 1e21, shortest exponent form
     * outside.
     *
     * @throws JsonException for NaN and infinities, which JSON cannot hold
     */
    public JsonWriter value(double value) {
        beforeValue();
        out.append(formatDouble(value));
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /**
     * Writes a value of the kinds {@link Json} reads: null, String, Boolean, integral numbers,
     * Double or Float, Map (members in its own order; a TreeMap gives Go's sorted map keys) and
     * Iterable.
     *
     * @throws IllegalArgumentException for any other type
     */
    public JsonWriter value(Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof String s) {
            return value(s);
        }
        if (value instanceof Boolean b) {
            return value(b.booleanValue());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return value(d.doubleValue());
        }
        if (value instanceof Float f) {
            // Through its own shortest digits, so 0.1f prints as 0.1 like Go's float32.
            return value(Double.parseDouble(Float.toString(f)));
        }
        if (value instanceof Map<?, ?> map) {
            beginObject();
            map.forEach((key, member) -> name(String.valueOf(key)).value(member));
            return endObject();
        }
        if (value instanceof Iterable<?> iterable) {
            beginArray();
            iterable.forEach(this::value);
            return endArray();
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }

    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, double value) {
        return name(name).value(value);
    }

    public JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    /** The JSON text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket, boolean object) {
        beforeValue();
        out.append(bracket);
        if (depth == inObject.length) {
            inObject = Arrays.copyOf(inObject, depth * 2);
            hasElements = Arrays.copyOf(hasElements, depth * 2);
        }
        inObject[depth] = object;
        hasElements[depth] = false;
        depth++;
        return this;
    }

    private JsonWriter close(char bracket, boolean object) {
        if (depth == 0 || inObject[depth - 1] != object || afterName) {
            throw new IllegalStateException("'" + bracket + "' does not close the open container");
        }
        depth--;
        if (pretty && hasElements[depth]) {
            newLine();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (depth == 0) {
            if (out.length() > 0) {
                throw new IllegalStateException("JSON text holds a single top-level value");
            }
        } else if (inObject[depth - 1]) {
            if (!afterName) {
                throw new IllegalStateException("an object member needs a name first");
            }
            afterName = false;
        } else {
            startElement();
        }
    }

    private void startElement() {
        if (hasElements[depth - 1]) {
            out.append(',');
        }
        hasElements[depth - 1] = true;
        if (pretty) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Go's escaping: HTML-safe, line and paragraph separators escaped, bad UTF-16 replaced. */
    private void appendString(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> appendUnicodeEscape(c);
                default -> {
                    if (c < 0x20) {
                        appendUnicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append("\\ufffd");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void appendUnicodeEscape(char c) {
        out.append("\\u")
                .append(HEX[c >> 12 & 0xF])
                .append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }

    private static String formatDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new JsonException("JSON cannot hold " + value);
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
        }
        BigDecimal shortest = shortestDecimal(value);
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        StringBuilder text = new StringBuilder();
        if (value < 0) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        // Like Go: 1e+21 and 1e-7, the exponent without leading zeros but always signed.
        return text.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent)).toString();
    }

    /**
     * The decimal with the fewest digits that reads back as the same double, as Go picks it.
     * Double.toString is not always that short on Java 17 (4.9E-324 for Go's 5e-324).
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; ; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(candidate.toString()) == value) {
                return candidate.stripTrailingZeros();
            }
        }
    }
}
