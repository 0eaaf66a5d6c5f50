package io.jstan.streaming;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.jstan.nats.NatsServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class StreamingServerTest {

    private static NatsServerOptions local() {
        NatsServerOptions nats = new NatsServerOptions();
        nats.host = "127.0.0.1";
        nats.port = 0;
        return nats;
    }

    @Test
    void startsLogsTheUpstreamLinesAndStops() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(StreamingServer.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        Level previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        StreamingOptions options = new StreamingOptions();
        options.clusterId = "my-cluster";
        options.debug = true;
        try (StreamingServer server = new StreamingServer(local(), options)) {
            server.start();
            assertThat(server.port()).isPositive();
            new Socket("127.0.0.1", server.port()).close();
        } finally {
            logger.detachAppender(lines);
            logger.setLevel(previous);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).contains(
                "Starting nats-streaming-server[my-cluster] version 0.25.6",
                "Recovering the state...",
                "No recovered state",
                "Discover subject:           _STAN.discover.my-cluster",
                "Publish subject:            _STAN.pub.my-cluster.>",
                "Message store is MEMORY",
                "---------- Store Limits ----------",
                "Streaming Server is ready",
                "Shutting down.");
    }

    @Test
    void unknownStoresAndFileStoresWithoutDirectoryAreRefused() {
        StreamingOptions options = new StreamingOptions();
        options.storeType = "foo";
        assertThatThrownBy(() -> new StreamingServer(local(), options).start())
                .hasMessage("unsupported store type: FOO");
        options.storeType = "file";
        assertThatThrownBy(() -> new StreamingServer(local(), options).start())
                .hasMessage("for FILE stores, root directory must be specified");
    }

    @Test
    void negativeLimitsAreRefused() {
        StreamingOptions options = new StreamingOptions();
        options.maxChannels = -1;
        assertThatThrownBy(() -> new StreamingServer(local(), options).start())
                .hasMessage("max channels limit cannot be negative (-1)");
    }
}
