package io.jstan.server.cli;

import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses durations as Go's {@code time.ParseDuration} does ({@code 30s}, {@code 1h30m},
 * {@code 1.5h}, {@code -1s}, {@code 0}; units ns, us, µs, ms, s, m, h; no days), so flag values
 * written for upstream mean the same here. Any error is Go flag's "parse error".
 */
public final class GoDurationConverter implements ITypeConverter<Duration> {

    /** 2^63 as an unsigned long: Go accumulates the magnitude in a uint64 up to this bound. */
    private static final long MAGNITUDE_LIMIT = Long.MIN_VALUE;

    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "\u00b5s", 1_000L, // micro sign
            "\u03bcs", 1_000L, // Greek mu
            "ms", 1_000_000L,
            "s", 1_000_000_000L,
            "m", 60_000_000_000L,
            "h", 3_600_000_000_000L);

    @Override
    public Duration convert(String text) {
        return Duration.ofNanos(parseNanos(text));
    }

    public static long parseNanos(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw parseError();
        }
        long total = 0;
        int i = 0;
        while (i < s.length()) {
            char first = s.charAt(i);
            if (first != '.' && !isDigit(first)) {
                throw parseError();
            }
            int start = i;
            long whole = 0;
            for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                whole = addDigit(whole, s.charAt(i));
            }
            boolean hasWhole = i > start;
            long fraction = 0;
            double scale = 1;
            boolean hasFraction = false;
            if (i < s.length() && s.charAt(i) == '.') {
                int fractionStart = ++i;
                boolean overflow = false;
                for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                    // Go keeps the digits that fit and ignores the rest.
                    if (overflow || fraction > (Long.MAX_VALUE - 9) / 10) {
                        overflow = true;
                        continue;
                    }
                    fraction = fraction * 10 + (s.charAt(i) - '0');
                    scale *= 10;
                }
                hasFraction = i > fractionStart;
            }
            if (!hasWhole && !hasFraction) {
                throw parseError();
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            Long unit = UNITS.get(s.substring(unitStart, i));
            if (unit == null) {
                throw parseError();
            }
            if (Long.compareUnsigned(whole, Long.divideUnsigned(MAGNITUDE_LIMIT, unit)) > 0) {
                throw parseError();
            }
            long value = whole * unit;
            if (fraction > 0) {
                value += (long) (fraction * (unit / scale));
                checkMagnitude(value);
            }
            total += value;
            checkMagnitude(total);
        }
        if (negative) {
            return -total; // -2^63 stays itself, Go's minimum duration
        }
        if (total == MAGNITUDE_LIMIT) {
            throw parseError();
        }
        return total;
    }

    private static long addDigit(long value, char digit) {
        if (Long.compareUnsigned(value, Long.divideUnsigned(MAGNITUDE_LIMIT, 10)) > 0) {
            throw parseError();
        }
        long next = value * 10 + (digit - '0');
        checkMagnitude(next);
        return next;
    }

    /** Values are unsigned magnitudes; anything past 2^63 has wrapped or overflowed. */
    private static void checkMagnitude(long value) {
        if (Long.compareUnsigned(value, MAGNITUDE_LIMIT) > 0) {
            throw parseError();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static TypeConversionException parseError() {
        return new TypeConversionException(GoIntConverter.PARSE_ERROR);
    }
}
