package io.jstan.server.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses integers as Go's flag package does (base prefixes {@code 0x}, {@code 0o}, {@code 0b},
 * a leading {@code 0} for octal, {@code _} between digits), so scripts written for upstream work.
 */
public final class GoIntConverter implements ITypeConverter<Long> {

    static final String PARSE_ERROR = "parse error";
    static final String RANGE_ERROR = "value out of range";

    @Override
    public Long convert(String text) {
        return parse(text);
    }

    /**
     * Go's int is 64 bits and most of our options are 32: a larger value is reported out of
     * range, as Go would for a value past its own int, rather than cut.
     */
    static int toInt(long value, String flag) throws FlagException {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new FlagException("invalid value \"" + value + "\" for flag -" + flag + ": " + RANGE_ERROR, true);
        }
        return (int) value;
    }

    static long parse(String text) {
        String s = text;
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int radix = 10;
        if (s.length() > 1 && s.charAt(0) == '0') {
            switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> { radix = 16; s = s.substring(2); }
                case 'o' -> { radix = 8; s = s.substring(2); }
                case 'b' -> { radix = 2; s = s.substring(2); }
                default -> { radix = 8; s = s.substring(1); }
            }
            // Go allows one underscore right after the base prefix.
            if (s.startsWith("_")) {
                s = s.substring(1);
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw new TypeConversionException(PARSE_ERROR);
        }
        s = s.replace("_", "");
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                throw new TypeConversionException(PARSE_ERROR);
            }
        }
        try {
            return Long.parseLong(negative ? "-" + s : s, radix);
        } catch (NumberFormatException e) {
            throw new TypeConversionException(RANGE_ERROR);
        }
    }
}
