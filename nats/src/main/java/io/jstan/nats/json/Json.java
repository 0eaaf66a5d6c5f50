package io.jstan.nats.json;

import java.util.Map;

/** Entry point for reading JSON text, such as the CONNECT options of a client. */
public final class Json {

    private Json() {
    }

    /**
     * Parses text that must hold exactly one JSON object. Members keep their order; values are
     * String, Long, Double, Boolean, null, {@code List<Object>} or {@code Map<String, Object>}.
     *
     * @throws JsonException when the text is not one valid JSON object
     */
    public static Map<String, Object> parseObject(String json) {
        return new JsonParser(json).parseObjectDocument();
    }
}
