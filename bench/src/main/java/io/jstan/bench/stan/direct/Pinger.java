package io.jstan.bench.stan.direct;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

import io.jstan.streaming.protocol.Protocol;
import io.nats.client.Connection;
import io.nats.client.Message;

/**
 * Client PINGs as protocol level 1 asks: a Ping every interval, the connection declared lost after
 * pingMaxOut unanswered ones or on a PingResponse carrying an error (e.g. the client was replaced).
 */
final class Pinger {

    private final Connection nats;
    private final String subject;
    private final byte[] ping;
    private final int maxOut;
    private final Duration interval;
    private final Consumer<String> onLost;
    private final AtomicInteger outstanding = new AtomicInteger();
    private ScheduledFuture<?> task;

    Pinger(Connection nats, String subject, ByteString connId, Duration interval, int maxOut, Consumer<String> onLost) {
        this.nats = nats;
        this.subject = subject;
        this.ping = Protocol.Ping.newBuilder().setConnID(connId).build().toByteArray();
        this.interval = interval;
        this.maxOut = maxOut;
        this.onLost = onLost;
    }

    void start(ScheduledExecutorService timer) {
        long millis = interval.toMillis();
        task = timer.scheduleAtFixedRate(this::pingOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void pingOnce() {
        if (outstanding.incrementAndGet() > maxOut) {
            stop();
            onLost.accept("stan: connection lost due to PING failure");
            return;
        }
        nats.requestWithTimeout(subject, ping, interval).whenComplete((reply, error) -> {
            if (error == null) {
                answered(reply);
            }
        });
    }

    private void answered(Message reply) {
        if (reply.isStatusMessage()) {
            return;
        }
        byte[] body = reply.getData();
        try {
            // An empty body is the usual "still registered" answer.
            String error = body == null ? "" : Protocol.PingResponse.parseFrom(body).getError();
            if (!error.isEmpty()) {
                stop();
                onLost.accept(error);
                return;
            }
        } catch (InvalidProtocolBufferException e) {
            return;
        }
        outstanding.set(0);
    }
}
