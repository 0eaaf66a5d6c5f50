package io.jstan.nats.monitor;

import java.util.List;
import java.util.Map;

/** Reads typed query parameters the way upstream does: an absent or empty value means the default. */
final class QueryParams {

    private final Map<String, List<String>> values;

    QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The first value, or "" when absent. */
    String string(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? "" : all.get(0);
    }

    /** Accepts Go's boolean spellings: 1, t, true, 0, f, false in lower, upper or title case. */
    boolean bool(String name) throws BadRequestException {
        String value = string(name);
        return switch (value) {
            case "" -> false;
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> throw new BadRequestException("Error decoding boolean for '" + name
                    + "': strconv.ParseBool: parsing \"" + value + "\": invalid syntax");
        };
    }

    int integer(String name) throws BadRequestException {
        String value = string(name);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("Error decoding int for '" + name
                    + "': strconv.Atoi: parsing \"" + value + "\": invalid syntax");
        }
    }

    long unsigned(String name) throws BadRequestException {
        String value = string(name);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // same reply as a negative value
        }
        throw new BadRequestException("Error decoding uint64 for '" + name
                + "': strconv.ParseUint: parsing \"" + value + "\": invalid syntax");
    }
}
