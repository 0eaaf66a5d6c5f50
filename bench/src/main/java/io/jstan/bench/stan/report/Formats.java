package io.jstan.bench.stan.report;

import java.util.Locale;

/** Number renderings of upstream's report (thousands commas, binary byte units) and of durations. */
public final class Formats {

    private static final String[] BINARY_PREFIXES = {"K", "M", "G", "T", "P", "E"};

    private Formats() {
    }

    /** 1234567 as "1,234,567". */
    public static String comma(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Bytes with a 1024 base and two decimals: "512.00 B", "201.98 MB". */
    public static String humanBytes(double bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%.2f B", bytes);
        }
        int exp = (int) (Math.log(bytes) / Math.log(1024));
        return String.format(Locale.ROOT, "%.2f %sB", bytes / Math.pow(1024, exp), BINARY_PREFIXES[exp - 1]);
    }

    /** A latency in the coarsest unit that keeps three or four significant digits. */
    public static String duration(long nanos) {
        if (nanos < 1_000) {
            return nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fus", nanos / 1e3);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.2fms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.3fs", nanos / 1e9);
    }
}
