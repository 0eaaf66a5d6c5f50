package io.jstan.nats.client;

/** A message delivered to an in-process subscription; {@code headers} is null when it has none. */
public record Message(String subject, String replyTo, byte[] headers, byte[] data) {
}
