package io.jstan.nats.json;

import java.util.Collections;
import java.util.Map;

/**
 * Typed reads over a parsed JSON object, the way Go decodes into a struct of defaults: a
 * missing or null member keeps the default, a member of the wrong type is an error.
 */
public final class JsonObject {

    private final Map<String, Object> members;

    public JsonObject(Map<String, Object> members) {
        this.members = members;
    }

    /**
     * Parses text that must hold one JSON object.
     *
     * @throws JsonException when the text is not one valid JSON object
     */
    public static JsonObject parse(String json) {
        return new JsonObject(Json.parseObject(json));
    }

    /** True when the member is present, even with a null value. */
    public boolean has(String key) {
        return members.containsKey(key);
    }

    /**
     * The boolean member, or {@code dflt} when it is missing or null.
     *
     * @throws JsonException when the member holds something other than a boolean
     */
    public boolean bool(String key, boolean dflt) {
        Object value = members.get(key);
        if (value == null) {
            return dflt;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(key, "a boolean");
    }

    /**
     * The string member, or {@code dflt} when it is missing or null.
     *
     * @throws JsonException when the member holds something other than a string
     */
    public String string(String key, String dflt) {
        Object value = members.get(key);
        if (value == null) {
            return dflt;
        }
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(key, "a string");
    }

    /**
     * The integer member, or {@code dflt} when it is missing or null.
     *
     * @throws JsonException when the member holds anything but an integer that fits a long
     */
    public long integer(String key, long dflt) {
        Object value = members.get(key);
        if (value == null) {
            return dflt;
        }
        if (value instanceof Long l) {
            return l;
        }
        throw wrongType(key, "an integer");
    }

    /** All members in text order, read-only. */
    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    private static JsonException wrongType(String key, String expected) {
        return new JsonException("JSON member \"" + key + "\" must be " + expected);
    }
}
