package io.jstan.bench.stan;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.jstan.bench.stan.client.ConnectionLostListener;

/** What every client thread reports to the run: progress counts and the first failure. */
final class RunMonitor implements ConnectionLostListener {

    final AtomicLong published = new AtomicLong();
    final AtomicLong received = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    void fail(Throwable reason) {
        failure.compareAndSet(null, reason);
    }

    Throwable failure() {
        return failure.get();
    }

    @Override
    public void onLost(String clientId, Throwable reason) {
        fail(new IOException(clientId + ": connection lost, reason: " + reason.getMessage(), reason));
    }
}
