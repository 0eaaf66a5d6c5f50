package io.jstan.nats;

/** The embedded core NATS server: start it, read its bound ports, close it. */
public final class NatsServer implements AutoCloseable {

    private final NatsServerOptions options;

    public NatsServer(NatsServerOptions options) {
        this.options = options;
    }

    /** Binds the client (and monitoring) ports; returns once clients can connect. */
    public void start() throws InterruptedException {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The bound client port. */
    public int port() {
        return options.port;
    }

    /** The bound monitoring port, or 0 when monitoring is off. */
    public int httpPort() {
        return options.httpPort;
    }

    @Override
    public void close() {
    }
}
