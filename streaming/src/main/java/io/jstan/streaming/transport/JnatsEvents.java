package io.jstan.streaming.transport;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what happens to the connection to an external NATS server: losses, reconnects, errors. */
final class JnatsEvents implements ConnectionListener, ErrorListener {

    private static final Logger log = LoggerFactory.getLogger(JnatsTransport.class);

    @Override
    public void connectionEvent(Connection connection, Events type) {
        switch (type) {
            case DISCONNECTED -> log.warn("Connection {} has been disconnected from NATS",
                    connection.getOptions().getConnectionName());
            case RECONNECTED -> log.info("Connection {} reconnected to NATS Server at {}",
                    connection.getOptions().getConnectionName(), connection.getConnectedUrl());
            case CLOSED -> log.debug("Connection {} closed", connection.getOptions().getConnectionName());
            default -> {
            }
        }
    }

    @Override
    public void errorOccurred(Connection connection, String error) {
        log.error("NATS error: {}", error);
    }

    @Override
    public void exceptionOccurred(Connection connection, Exception exception) {
        log.error("NATS connection error: {}", exception.toString());
    }

    @Override
    public void slowConsumerDetected(Connection connection, Consumer consumer) {
        log.warn("Dropping messages: the server falls behind on subscription requests");
    }
}
