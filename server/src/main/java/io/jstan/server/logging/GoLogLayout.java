package io.jstan.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Renders events in upstream's line format: {@code [PID] YYYY/MM/DD HH:MM:SS.uuuuuu [INF] message}. */
public final class GoLogLayout extends LayoutBase<ILoggingEvent> {

    private final String pidPrefix;
    private final ZoneId zone;

    public GoLogLayout(long pid, ZoneId zone) {
        this.pidPrefix = "[" + pid + "] ";
        this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(128);
        line.append(pidPrefix);
        appendTimestamp(line, LocalDateTime.ofInstant(event.getInstant(), zone));
        line.append(label(event));
        if (!LogLayers.isNats(event.getLoggerName())) {
            line.append(LogLayers.STREAMING_PREFIX);
        }
        line.append(event.getFormattedMessage()).append('\n');
        if (event.getThrowableProxy() != null) {
            line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    private static String label(ILoggingEvent event) {
        return switch (event.getLevel().toInt()) {
            case Level.ERROR_INT -> isFatal(event) ? "[FTL] " : "[ERR] ";
            case Level.WARN_INT -> "[WRN] ";
            case Level.INFO_INT -> "[INF] ";
            case Level.DEBUG_INT -> "[DBG] ";
            default -> "[TRC] ";
        };
    }

    private static boolean isFatal(ILoggingEvent event) {
        return event.getMarkerList() != null && event.getMarkerList().contains(LogMarkers.FATAL);
    }

    /** Go's log.LstdFlags|log.Lmicroseconds, hand-written because it is on every line. */
    private static void appendTimestamp(StringBuilder line, LocalDateTime time) {
        pad(line, time.getYear(), 4).append('/');
        pad(line, time.getMonthValue(), 2).append('/');
        pad(line, time.getDayOfMonth(), 2).append(' ');
        pad(line, time.getHour(), 2).append(':');
        pad(line, time.getMinute(), 2).append(':');
        pad(line, time.getSecond(), 2).append('.');
        pad(line, time.getNano() / 1000, 6).append(' ');
    }

    private static StringBuilder pad(StringBuilder line, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            line.append('0');
        }
        return line.append(digits);
    }
}
