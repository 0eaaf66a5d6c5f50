package io.jstan.nats.monitor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times as Go's RFC 3339 with nanoseconds: trailing fraction zeros dropped, {@code Z} for UTC. */
public final class Rfc3339 {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private Rfc3339() {
    }

    /** In UTC, as the core NATS endpoints write times. */
    public static String format(Instant time) {
        return format(time, ZoneOffset.UTC);
    }

    /** In the given zone, as the streaming endpoints write times (local time upstream). */
    public static String format(Instant time, ZoneId zone) {
        ZonedDateTime zoned = time.atZone(zone);
        StringBuilder out = new StringBuilder(35).append(SECONDS.format(zoned));
        int nanos = zoned.getNano();
        if (nanos != 0) {
            String fraction = String.format("%09d", nanos);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(fraction, 0, end);
        }
        String offset = OFFSET.format(zoned);
        return out.append(offset.equals("+00:00") ? "Z" : offset).toString();
    }
}
