package io.jstan.nats.monitor;

import java.math.BigDecimal;
import java.time.Duration;

/** The two duration formats of monitoring: NATS uptime style and Go's {@code Duration.String}. */
public final class Durations {

    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private Durations() {
    }

    /** Whole seconds as {@code [Ny][Nd][Nh][Nm]Ns}: {@code 0s}, {@code 3m12s}, {@code 1d2h3m4s}. */
    public static String uptime(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long days = hours / 24;
        long years = days / 365;
        StringBuilder out = new StringBuilder();
        // Once a larger unit is shown, every smaller one is shown too, even when zero.
        if (years > 0) {
            out.append(years).append('y');
        }
        if (days > 0) {
            out.append(days % 365).append('d');
        }
        if (hours > 0) {
            out.append(hours % 24).append('h');
        }
        if (minutes > 0) {
            out.append(minutes % 60).append('m');
        }
        return out.append(seconds % 60).append('s').toString();
    }

    /** A duration as Go prints it: {@code 0s}, {@code 1.2µs}, {@code 208.485502ms}, {@code 1h2m3.5s}. */
    static String go(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        long abs = Math.abs(nanos);
        if (abs < MICRO) {
            return sign + abs + "ns";
        }
        if (abs < MILLI) {
            return sign + decimal(abs, MICRO) + "µs";
        }
        if (abs < SECOND) {
            return sign + decimal(abs, MILLI) + "ms";
        }
        long hours = abs / (3600 * SECOND);
        long minutes = abs / (60 * SECOND) % 60;
        StringBuilder out = new StringBuilder(sign);
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        return out.append(decimal(abs % (60 * SECOND), SECOND)).append('s').toString();
    }

    private static String decimal(long value, long unit) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
    }
}
