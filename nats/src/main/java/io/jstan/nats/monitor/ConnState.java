package io.jstan.nats.monitor;

import java.util.Locale;

/** The {@code state} filter of {@code /connz}. */
enum ConnState {
    OPEN, CLOSED, ANY;

    /** Open when empty; {@code any} and {@code all} mean both. */
    static ConnState parse(String value) throws BadRequestException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "open" -> OPEN;
            case "closed" -> CLOSED;
            case "any", "all" -> ANY;
            default -> throw new BadRequestException("Error decoding state for " + value);
        };
    }

    boolean includesOpen() {
        return this != CLOSED;
    }

    boolean includesClosed() {
        return this != OPEN;
    }
}
