package io.jstan.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoLogLayoutTest {

    /** Upstream's line: {@code [PID] YYYY/MM/DD HH:MM:SS.uuuuuu [LVL] message}. */
    private static final Pattern UPSTREAM_LINE = Pattern.compile(
            "\\[\\d+] \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6} \\[(INF|DBG|TRC|WRN|ERR|FTL)] .*\n");

    private final LoggerContext context = new LoggerContext();
    private final GoLogLayout layout = new GoLogLayout(4242, ZoneOffset.UTC);

    @Test
    void rendersTheUpstreamLine() {
        String line = layout.doLayout(event("io.jstan.nats.NatsServer", Level.INFO,
                "Listening for client connections on 0.0.0.0:4222", Instant.parse("2019-08-14T09:24:50.9989Z")));
        assertThat(line).isEqualTo(
                "[4242] 2019/08/14 09:24:50.998900 [INF] Listening for client connections on 0.0.0.0:4222\n");
        assertThat(line).matches(UPSTREAM_LINE);
    }

    @Test
    void padsEveryField() {
        String line = layout.doLayout(event("io.jstan.nats", Level.INFO, "x", Instant.parse("2021-01-02T03:04:05.000007Z")));
        assertThat(line).startsWith("[4242] 2021/01/02 03:04:05.000007 [INF] ");
    }

    @Test
    void labelsEveryLevel() {
        assertThat(render(Level.DEBUG)).contains(" [DBG] ").matches(UPSTREAM_LINE);
        assertThat(render(Level.TRACE)).contains(" [TRC] ").matches(UPSTREAM_LINE);
        assertThat(render(Level.WARN)).contains(" [WRN] ").matches(UPSTREAM_LINE);
        assertThat(render(Level.ERROR)).contains(" [ERR] ").matches(UPSTREAM_LINE);
        LoggingEvent fatal = event("io.jstan.nats", Level.ERROR, "boom", Instant.now());
        fatal.addMarker(LogMarkers.FATAL);
        assertThat(layout.doLayout(fatal)).contains(" [FTL] boom").matches(UPSTREAM_LINE);
    }

    @Test
    void streamingLinesCarryTheirPrefix() {
        String line = layout.doLayout(event("io.jstan.server.Main", Level.ERROR, "Failed to start: x", Instant.now()));
        assertThat(line).endsWith(" [ERR] STREAM: Failed to start: x\n").matches(UPSTREAM_LINE);
        assertThat(layout.doLayout(event("io.jstan.natsfoo", Level.INFO, "y", Instant.now()))).contains("STREAM: y");
    }

    private String render(Level level) {
        return layout.doLayout(event("io.jstan.nats.X", level, "message", Instant.now()));
    }

    private LoggingEvent event(String logger, Level level, String message, Instant instant) {
        LoggingEvent event = new LoggingEvent(null, context.getLogger(logger), level, message, null, null);
        event.setInstant(instant);
        return event;
    }
}
