package io.jstan.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

class LayerFilterTest {

    @Test
    void traceWithoutDebugShowsOnlyTraceLines() {
        Logger nats = configured(false, true).getLogger("io.jstan.nats.NatsServer");
        assertThat(nats.isTraceEnabled()).isTrue();
        assertThat(nats.isDebugEnabled()).isFalse();
        assertThat(nats.isInfoEnabled()).isTrue();
    }

    @Test
    void debugWithoutTraceShowsOnlyDebugLines() {
        Logger nats = configured(true, false).getLogger("io.jstan.nats.NatsServer");
        assertThat(nats.isDebugEnabled()).isTrue();
        assertThat(nats.isTraceEnabled()).isFalse();
    }

    @Test
    void natsFlagsLeaveTheStreamingLayerAtInfo() {
        Logger streaming = configured(true, true).getLogger("io.jstan.server.Main");
        assertThat(streaming.isDebugEnabled()).isFalse();
        assertThat(streaming.isInfoEnabled()).isTrue();
    }

    @Test
    void streamingFlagsDecideTheStreamingLayerOnly() {
        LoggerContext context = new LoggerContext();
        LogSetup.configure(context, new LogSettings(false, false, true, false, null));
        Logger streaming = context.getLogger("io.jstan.streaming.StreamingServer");
        assertThat(streaming.isDebugEnabled()).isTrue();
        assertThat(streaming.isTraceEnabled()).isFalse();
        assertThat(context.getLogger("io.jstan.nats.NatsServer").isDebugEnabled()).isFalse();
        assertThat(context.getLogger("io.netty.channel.Channel").isDebugEnabled()).isFalse();

        LogSetup.configure(context, new LogSettings(false, false, false, true, null));
        assertThat(streaming.isTraceEnabled()).isTrue();
        assertThat(streaming.isDebugEnabled()).isFalse();
    }

    private static LoggerContext configured(boolean debug, boolean trace) {
        LoggerContext context = new LoggerContext();
        LogSetup.configure(context, new LogSettings(debug, trace, false, false, null));
        return context;
    }
}
