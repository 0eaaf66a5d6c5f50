package io.jstan.server.config;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types an unquoted value the way the NATS configuration format does: booleans, integers with
 * an optional size suffix ({@code k}=1000, {@code kb}/{@code ki}/{@code kib}=1024, then m, g,
 * t, p, e), floats; anything else is a string (so {@code 24h} is a string but {@code 5m} is
 * the integer 5000000).
 */
final class Scalars {

    private static final Pattern INTEGER = Pattern.compile("(-?[0-9]+)([A-Za-z]*)");
    private static final Pattern FLOAT = Pattern.compile("-?[0-9]+\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "yes", true, "on", true, "false", false, "no", false, "off", false);
    private static final String UNIT_LETTERS = "kmgtpe";

    private Scalars() {
    }

    /** The typed value of a bare token; fails only for integers out of the 64-bit range. */
    static Object type(String token) throws NumberFormatException {
        Boolean bool = BOOLEANS.get(token.toLowerCase(Locale.ROOT));
        if (bool != null) {
            return bool;
        }
        Matcher integer = INTEGER.matcher(token);
        if (integer.matches()) {
            Long multiplier = multiplier(integer.group(2).toLowerCase(Locale.ROOT));
            if (multiplier != null) {
                return Math.multiplyExact(Long.parseLong(integer.group(1)), multiplier);
            }
            return token;
        }
        if (FLOAT.matcher(token).matches()) {
            return Double.parseDouble(token);
        }
        return token;
    }

    private static Long multiplier(String suffix) {
        if (suffix.isEmpty()) {
            return 1L;
        }
        int power = UNIT_LETTERS.indexOf(suffix.charAt(0)) + 1;
        if (power == 0) {
            return null;
        }
        String rest = suffix.substring(1);
        return switch (rest) {
            case "" -> pow(1000, power);
            case "b", "i", "ib" -> 1L << (10 * power);
            default -> null;
        };
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
