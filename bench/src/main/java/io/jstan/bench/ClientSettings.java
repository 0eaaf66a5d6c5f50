package io.jstan.bench;

import java.io.IOException;
import java.time.Duration;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;

/** How every benchmark connection is opened. */
record ClientSettings(int outgoingQueue, Duration runTimeout) {

    Connection connect(String url, String name, RunFailures failures)
            throws IOException, InterruptedException {
        Options options = Options.builder()
                .server(url)
                .connectionName(name)
                .noReconnect()
                .connectionTimeout(Duration.ofSeconds(5))
                .maxMessagesInOutgoingQueue(outgoingQueue)
                // A full outgoing queue then blocks the publisher (back-pressure) instead of failing.
                .writeQueuePushTimeout(runTimeout)
                .errorListener(failures)
                .connectionListener(failures)
                .build();
        return Nats.connect(options);
    }
}
