package io.jstan.streaming.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code -ns} value as upstream does: a list (anything with {@code ,} or {@code @})
 * is used as given; a single URL must have a scheme and a port.
 */
public final class NatsServerUrls {

    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)");

    private NatsServerUrls() {
    }

    /** The URLs to connect to; throws with upstream's text when a single URL is malformed. */
    public static List<String> parse(String value) {
        if (value.contains(",") || value.contains("@")) {
            List<String> urls = new ArrayList<>();
            for (String url : value.split(",")) {
                if (!url.isBlank()) {
                    urls.add(url.trim());
                }
            }
            return urls;
        }
        Matcher m = URL.matcher(value);
        if (!m.find()) {
            throw new IllegalArgumentException("malformed url: " + value);
        }
        String hostPort = m.group(1);
        if (!hasPort(hostPort)) {
            throw new IllegalArgumentException("address " + hostPort + ": missing port in address");
        }
        return List.of(value);
    }

    /** A port follows the last colon, after any bracketed IPv6 address. */
    private static boolean hasPort(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return colon >= 0 && colon > hostPort.lastIndexOf(']');
    }
}
