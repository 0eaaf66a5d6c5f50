package io.jstan.nats.json;

/** Invalid JSON text, or a JSON value of the wrong type for the field that holds it. */
public final class JsonException extends RuntimeException {

    public JsonException(String message) {
        super(message);
    }
}
