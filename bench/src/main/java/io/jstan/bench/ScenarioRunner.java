package io.jstan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.nats.client.Connection;

/** Runs one scenario against one server: connects, releases the publishers together, times the run. */
final class ScenarioRunner {

    private final ClientSettings client;
    private int runNumber;

    ScenarioRunner(ClientSettings client) {
        this.client = client;
    }

    RunResult run(String url, Scenario scenario) throws InterruptedException {
        // A fresh subject per run, so nothing late from a previous run can be counted.
        String subject = "bench.core." + (++runNumber);
        RunFailures failures = new RunFailures();
        List<CountingSubscriber> subscribers = new ArrayList<>();
        List<Publisher> publishers = new ArrayList<>();
        try {
            CountDownLatch startGate = new CountDownLatch(1);
            Duration timeout = client.runTimeout();
            for (int i = 0; i < scenario.subscribers(); i++) {
                Connection connection = client.connect(url, "bench-sub-" + i, failures);
                subscribers.add(new CountingSubscriber(connection, subject, scenario.messages(), timeout));
            }
            byte[] payload = new byte[scenario.payloadSize()];
            for (int i = 0; i < scenario.publishers(); i++) {
                Connection connection = client.connect(url, "bench-pub-" + i, failures);
                publishers.add(new Publisher(connection, subject, payload, scenario.messagesOf(i),
                        startGate, timeout, failures));
            }
            return measure(scenario, startGate, subscribers, publishers, failures);
        } catch (Exception e) {
            return RunResult.failed("set-up: " + e);
        } finally {
            for (Publisher publisher : publishers) {
                publisher.connection().close();
            }
            for (CountingSubscriber subscriber : subscribers) {
                subscriber.close();
            }
        }
    }

    private RunResult measure(Scenario scenario, CountDownLatch startGate,
                              List<CountingSubscriber> subscribers, List<Publisher> publishers,
                              RunFailures failures) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < publishers.size(); i++) {
            Thread thread = new Thread(publishers.get(i), "bench-publisher-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        long startNanos = System.nanoTime();
        startGate.countDown();
        long deadline = startNanos + client.runTimeout().toNanos();

        long lastFlush = 0;
        for (int i = 0; i < threads.size(); i++) {
            threads.get(i).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            long flushed = publishers.get(i).flushedNanos();
            if (flushed == 0) {
                return incomplete(failures, "publisher " + i + " did not finish", subscribers);
            }
            lastFlush = Math.max(lastFlush, flushed);
        }
        // With no subscriber the run ends when the server has taken every publish.
        long lastDelivery = subscribers.isEmpty() ? lastFlush : 0;
        for (CountingSubscriber subscriber : subscribers) {
            if (!subscriber.awaitAll(deadline)) {
                return incomplete(failures, "subscriber timed out", subscribers);
            }
            lastDelivery = Math.max(lastDelivery, subscriber.lastNanos());
        }
        if (failures.first() != null) {
            return RunResult.failed(failures.first());
        }
        return new RunResult(scenario.messages(), scenario.expectedDeliveries(),
                lastFlush - startNanos, lastDelivery - startNanos, null);
    }

    private static RunResult incomplete(RunFailures failures, String what,
                                        List<CountingSubscriber> subscribers) {
        long delivered = subscribers.stream().mapToLong(CountingSubscriber::delivered).sum();
        String cause = failures.first() == null ? "" : " (" + failures.first() + ")";
        return RunResult.failed(what + ", " + delivered + " delivered" + cause);
    }
}
