package io.jstan.nats.monitor;

import java.util.List;
import java.util.Map;

/** An endpoint the embedding layer adds to the monitoring port (the streaming server's {@code /streaming/*}). */
@FunctionalInterface
public interface MonitorExtension {

    /** Answers one request from its decoded query parameters; called on a network thread. */
    MonitorReply answer(Map<String, List<String>> query);
}
