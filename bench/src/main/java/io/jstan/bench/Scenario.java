package io.jstan.bench;

/**
 * One load shape: publishers share {@code messages} between them on one subject, and every
 * subscriber, each on its own connection, receives all of them.
 */
record Scenario(int publishers, int subscribers, int payloadSize, long messages) {

    String label() {
        String size = payloadSize % 1024 == 0 ? payloadSize / 1024 + "KB" : payloadSize + "B";
        return publishers + "p/" + subscribers + "s " + size;
    }

    /** Messages publisher {@code index} sends; the first ones take the remainder. */
    long messagesOf(int index) {
        return messages / publishers + (index < messages % publishers ? 1 : 0);
    }

    long expectedDeliveries() {
        return messages * subscribers;
    }
}
