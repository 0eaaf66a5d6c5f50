package io.jstan.bench;

import java.util.concurrent.atomic.AtomicReference;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;

/** Keeps the first problem any connection of a run reports, so the run is not counted. */
final class RunFailures implements ErrorListener, ConnectionListener {

    private final AtomicReference<String> first = new AtomicReference<>();

    void record(String failure) {
        first.compareAndSet(null, failure);
    }

    String first() {
        return first.get();
    }

    @Override
    public void errorOccurred(Connection conn, String error) {
        record("server error: " + error);
    }

    @Override
    public void exceptionOccurred(Connection conn, Exception exp) {
        record("client exception: " + exp);
    }

    @Override
    public void slowConsumerDetected(Connection conn, Consumer consumer) {
        record("slow consumer in the client");
    }

    @Override
    public void connectionEvent(Connection conn, Events type) {
        // A disconnect mid-run would silently lose messages; closing at the end is expected.
        if (type == Events.DISCONNECTED) {
            record("disconnected");
        }
    }
}
