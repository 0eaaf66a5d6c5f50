package io.jstan.streaming.testing;

import io.jstan.nats.NatsServerOptions;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import io.jstan.streaming.time.ManualScheduler;

import java.time.Duration;
import java.util.function.Consumer;

/** A streaming server whose timers run only when the test advances its clock. */
public final class ManualClockServer implements AutoCloseable {

    private final ManualScheduler clock = new ManualScheduler(1_700_000_000_000_000_000L);
    private final StreamingServer server;

    public ManualClockServer(Consumer<StreamingOptions> customize) throws InterruptedException {
        NatsServerOptions nats = new NatsServerOptions();
        nats.host = "127.0.0.1";
        nats.port = 0;
        StreamingOptions options = new StreamingOptions();
        customize.accept(options);
        server = new StreamingServer(nats, options, clock);
        server.start();
    }

    public WireClient client(String id) throws Exception {
        WireClient c = new WireClient("nats://127.0.0.1:" + server.port(), "test-cluster");
        c.connect(id);
        return c;
    }

    /**
     * Moves time forward; due timers run on their owners right after. Waits for the workers to
     * be idle before and after, so a task still running (re-arming a timer, say) sees the time
     * it was meant to see rather than a later one.
     */
    public void advance(Duration d) {
        awaitIdle();
        clock.advance(d);
        awaitIdle();
    }

    /** Until every worker is idle twice in a row, 1 ms apart; bounded. */
    private void awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int quietChecks = 0;
        while (quietChecks < 2 && System.nanoTime() < deadline) {
            quietChecks = server.core().isIdle() ? quietChecks + 1 : 0;
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The manual clock's time. */
    public long nowNanos() {
        return clock.nowNanos();
    }

    public StreamingServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
