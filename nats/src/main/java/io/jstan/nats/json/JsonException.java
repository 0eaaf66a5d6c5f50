package io.jstan.nats.json;
// TEMPORARY STUB
public class JsonException extends RuntimeException { public JsonException(String m) { super(m); } }
