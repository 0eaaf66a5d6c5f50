package io.jstan.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Decides each layer's debug and trace lines on their own, as upstream's -D/-V (NATS) and
 * -SD/-SV (streaming) do: trace does not imply debug, which logback levels alone cannot express.
 */
final class LayerFilter extends TurboFilter {

    private final LogSettings settings;

    LayerFilter(LogSettings settings) {
        this.settings = settings;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || level.toInt() > Level.DEBUG_INT) {
            return FilterReply.NEUTRAL; // logger levels decide (root: INFO)
        }
        boolean debug = level.toInt() == Level.DEBUG_INT;
        String name = logger.getName();
        if (LogLayers.isNats(name)) {
            return reply(debug ? settings.natsDebug() : settings.natsTrace());
        }
        if (LogLayers.isStreaming(name)) {
            return reply(debug ? settings.streamingDebug() : settings.streamingTrace());
        }
        return FilterReply.NEUTRAL; // libraries stay at the root's INFO
    }

    private static FilterReply reply(boolean enabled) {
        return enabled ? FilterReply.ACCEPT : FilterReply.DENY;
    }
}
