package io.jstan.streaming.transport;

import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.time.Scheduler;
import io.nats.client.AuthenticationException;

import java.io.IOException;
import java.util.List;

/** Opens the transport to an external NATS server, failing start-up with upstream's texts. */
public final class ExternalNats {

    private ExternalNats() {
    }

    public static NatsTransport connect(List<String> urls, StreamingOptions options, ServerSubjects subjects,
                                        Scheduler scheduler) throws InterruptedException {
        try {
            return JnatsTransport.connect(urls, options.natsClient, options.clusterId, subjects.subscribe(), scheduler);
        } catch (AuthenticationException e) {
            throw new IllegalStateException("nats: authorization violation", e);
        } catch (IOException e) {
            throw new IllegalStateException("nats: no servers available for connection", e);
        }
    }
}
