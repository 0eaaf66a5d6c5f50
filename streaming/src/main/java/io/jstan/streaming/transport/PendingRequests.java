package io.jstan.streaming.transport;

import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests waiting for their reply: every transport answers them on one wildcard reply
 * subscription, {@code _INBOX.<nuid>.*}, and fails them on timeout or when nobody listens.
 */
final class PendingRequests {

    private final Scheduler scheduler;
    private final String replyPrefix = "_INBOX." + Nuid.next() + ".";
    private final AtomicLong nextToken = new AtomicLong();
    private final Map<String, CompletableFuture<byte[]>> waiting = new ConcurrentHashMap<>();

    PendingRequests(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The subject of the one reply subscription. */
    String replySubjects() {
        return replyPrefix + "*";
    }

    /** A new request to {@code subject}: its reply subject, and its future failing after {@code timeout}. */
    Request register(String subject, Duration timeout) {
        String replyTo = replyPrefix + nextToken.incrementAndGet();
        CompletableFuture<byte[]> future = new CompletableFuture<>();
        waiting.put(replyTo, future);
        Timer timer = scheduler.schedule(Runnable::run, timeout.toNanos(), () -> {
            if (waiting.remove(replyTo) != null) {
                future.completeExceptionally(new RequestTimeoutException(subject));
            }
        });
        future.whenComplete((r, e) -> timer.cancel());
        return new Request(replyTo, future);
    }

    /** A reply arrived; the no-responders status fails the request instead of answering it. */
    void replied(String replyTo, byte[] data, boolean noResponders) {
        CompletableFuture<byte[]> future = waiting.remove(replyTo);
        if (future == null) {
            return;
        }
        if (noResponders) {
            future.completeExceptionally(new NoRespondersException(replyTo));
        } else {
            future.complete(data);
        }
    }

    /** The request could not be sent. */
    void failed(String replyTo, Throwable cause) {
        CompletableFuture<byte[]> future = waiting.remove(replyTo);
        if (future != null) {
            future.completeExceptionally(cause);
        }
    }

    /** A registered request: where its reply goes and how it ends. */
    record Request(String replyTo, CompletableFuture<byte[]> future) {
    }
}
