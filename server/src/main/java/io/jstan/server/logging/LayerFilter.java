package io.jstan.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Decides the NATS layer's debug and trace lines on their own, as upstream's -D and -V do
 * (trace does not imply debug, which logback levels alone cannot express).
 */
final class LayerFilter extends TurboFilter {

    private final boolean natsDebug;
    private final boolean natsTrace;

    LayerFilter(boolean natsDebug, boolean natsTrace) {
        this.natsDebug = natsDebug;
        this.natsTrace = natsTrace;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || level.toInt() > Level.DEBUG_INT || !LogLayers.isNats(logger.getName())) {
            return FilterReply.NEUTRAL; // logger levels decide (root: INFO)
        }
        boolean enabled = level.toInt() == Level.DEBUG_INT ? natsDebug : natsTrace;
        return enabled ? FilterReply.ACCEPT : FilterReply.DENY;
    }
}
