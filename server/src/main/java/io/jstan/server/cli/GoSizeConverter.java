package io.jstan.server.cli;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses a size flag as upstream does, by the NATS configuration file's integer rules: a plain
 * integer or one with a unit suffix, case-insensitive ({@code K}=1000, {@code KB}/{@code Ki}/
 * {@code KiB}=1024, then M, G, T, P, E alike).
 */
public final class GoSizeConverter implements ITypeConverter<Long> {

    /** Not a size: upstream reports it without the usage text, naming the flag as typed. */
    static final class NotASizeException extends TypeConversionException {
        NotASizeException(String value) {
            super(value);
        }
    }

    private static final Pattern SIZE = Pattern.compile("(-?[0-9]+)([a-z]*)");

    private static final Map<String, Long> SUFFIXES = suffixes();

    @Override
    public Long convert(String text) {
        Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        Long multiplier = m.matches() ? SUFFIXES.get(m.group(2)) : null;
        if (multiplier == null) {
            throw new NotASizeException(text);
        }
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), multiplier);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new NotASizeException(text);
        }
    }

    private static Map<String, Long> suffixes() {
        Map<String, Long> all = new HashMap<>();
        all.put("", 1L);
        String letters = "kmgtpe";
        for (int i = 0; i < letters.length(); i++) {
            String letter = letters.substring(i, i + 1);
            long decimal = 1;
            for (int j = 0; j <= i; j++) {
                decimal *= 1000;
            }
            long binary = 1L << (10 * (i + 1));
            all.put(letter, decimal);
            all.put(letter + "b", binary);
            all.put(letter + "i", binary);
            all.put(letter + "ib", binary);
        }
        return Map.copyOf(all);
    }
}
