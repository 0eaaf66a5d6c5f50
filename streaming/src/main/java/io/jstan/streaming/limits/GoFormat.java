package io.jstan.streaming.limits;

import java.math.BigDecimal;
import java.util.Locale;

/** Go's renderings used in upstream's log lines: durations and friendly byte sizes. */
public final class GoFormat {

    private static final String[] BYTE_UNITS = {"K", "M", "G", "T", "P", "E"};

    private GoFormat() {
    }

    /** As Go's {@code time.Duration.String()}: {@code 1h0m0s}, {@code 1.5s}, {@code 100ms}. */
    public static String duration(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        long d = Math.abs(nanos);
        if (d < 1_000) {
            return sign + d + "ns";
        }
        if (d < 1_000_000) {
            return sign + fraction(d, 1_000) + "µs";
        }
        if (d < 1_000_000_000) {
            return sign + fraction(d, 1_000_000) + "ms";
        }
        long hours = d / 3_600_000_000_000L;
        long minutes = d / 60_000_000_000L % 60;
        String seconds = fraction(d % 60_000_000_000L, 1_000_000_000);
        StringBuilder out = new StringBuilder(sign);
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        return out.append(seconds).append('s').toString();
    }

    /** As upstream's friendly bytes: {@code 976.56 MB}, below 1024 {@code N B}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int exp = (int) (Math.log(bytes) / Math.log(1024));
        return String.format(Locale.ROOT, "%.2f %sB", bytes / Math.pow(1024, exp), BYTE_UNITS[exp - 1]);
    }

    private static String fraction(long value, long unit) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
    }
}
