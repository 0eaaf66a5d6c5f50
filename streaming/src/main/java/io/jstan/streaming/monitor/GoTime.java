package io.jstan.streaming.monitor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Times as Go's RFC 3339 with nanoseconds in local time: trailing fraction zeros dropped, {@code Z} for UTC. */
final class GoTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private GoTime() {
    }

    static String format(Instant time) {
        ZonedDateTime local = time.atZone(ZoneId.systemDefault());
        StringBuilder out = new StringBuilder(35).append(SECONDS.format(local));
        int nanos = local.getNano();
        if (nanos != 0) {
            String fraction = String.format("%09d", nanos);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(fraction, 0, end);
        }
        String offset = OFFSET.format(local);
        return out.append(offset.equals("+00:00") ? "Z" : offset).toString();
    }
}
