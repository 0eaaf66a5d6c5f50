package io.jstan.bench.stan;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.jstan.bench.stan.client.StanBackend;
import io.jstan.bench.stan.client.StanClient;
import io.jstan.bench.stan.report.BenchReport;
import io.jstan.bench.stan.report.Latencies;
import io.jstan.bench.stan.report.SampleGroup;

/**
 * One benchmark run as upstream stan-bench does it: subscribers connect and subscribe first, then
 * publishers connect and split the messages; every subscriber receives them all (or, in a queue
 * group, the group does).
 */
public final class BenchRun {

    private static final long TICK_MILLIS = 1000;

    private final StanBenchOptions options;
    private final StanBackend backend;
    private final PrintStream log;
    private final boolean progressInPlace;
    private final RunMonitor monitor = new RunMonitor();

    public BenchRun(StanBenchOptions options, StanBackend backend, PrintStream log, boolean progressInPlace) {
        this.options = options;
        this.backend = backend;
        this.log = log;
        this.progressInPlace = progressInPlace;
    }

    public BenchReport run() throws Exception {
        List<SubscriberTask> subscribers = new ArrayList<>();
        List<PublisherTask> publishers = new ArrayList<>();
        try {
            long runStart = System.nanoTime();
            connectSubscribers(subscribers, runStart);
            connectPublishers(publishers);
            log.printf("Starting benchmark [msgs=%d, msgsize=%d, pubs=%d, subs=%d]%n", options.messages,
                    options.messageSize, options.publishers, options.subscribers);
            for (int i = 0; i < publishers.size(); i++) {
                Thread thread = new Thread(publishers.get(i), options.clientId + "-pub-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            await(publishers, subscribers);
            return report(publishers, subscribers);
        } finally {
            closeAll(publishers, subscribers);
        }
    }

    private void connectSubscribers(List<SubscriberTask> subscribers, long runStart) throws Exception {
        boolean queue = !options.queueGroup.isEmpty();
        AtomicLong groupReceived = queue ? new AtomicLong() : null;
        for (int i = 0; i < options.subscribers; i++) {
            String id = options.clientId + "-sub-" + i;
            StanClient client = backend.connect(id, monitor);
            SubscriberTask task = new SubscriberTask(client, options.messages, options.messageSize, runStart, monitor,
                    groupReceived);
            subscribers.add(task);
            client.subscribe(options.subject, options.queueGroup, !options.ignoreOld, task::onMessage);
        }
    }

    private void connectPublishers(List<PublisherTask> publishers) throws Exception {
        int[] counts = messagesPerClient(options.messages, options.publishers);
        for (int i = 0; i < options.publishers; i++) {
            String id = options.clientId + "-pub-" + i;
            StanClient client = backend.connect(id, monitor);
            publishers.add(new PublisherTask(id, client, options.subject, counts[i], options.messageSize,
                    options.syncPublish, monitor));
        }
    }

    /** Splits the messages as evenly as possible, the first clients taking the remainder. */
    static int[] messagesPerClient(int messages, int clients) {
        int[] counts = new int[clients];
        for (int i = 0; i < clients; i++) {
            counts[i] = messages / clients + (i < messages % clients ? 1 : 0);
        }
        return counts;
    }

    private void await(List<PublisherTask> publishers, List<SubscriberTask> subscribers) throws Exception {
        long start = System.nanoTime();
        long receiveTarget = options.queueGroup.isEmpty() ? (long) options.subscribers * options.messages
                : (options.subscribers > 0 ? options.messages : 0);
        ProgressLine progress = new ProgressLine(log, progressInPlace, options.messages, receiveTarget, start);
        long lastMoved = start;
        long lastCount = -1;
        long nextTick = start + TICK_MILLIS * 1_000_000;
        try {
            while (!publishers.stream().allMatch(PublisherTask::done)
                    || !subscribers.stream().allMatch(SubscriberTask::done)) {
                Throwable failure = monitor.failure();
                if (failure != null) {
                    throw failure instanceof Exception e ? e : new IOException(failure);
                }
                Thread.sleep(10);
                long now = System.nanoTime();
                long count = monitor.published.get() + monitor.received.get();
                if (count != lastCount) {
                    lastCount = count;
                    lastMoved = now;
                } else if (now - lastMoved > options.stallTimeoutSeconds * 1_000_000_000L) {
                    throw new IOException("no message published or received for " + options.stallTimeoutSeconds
                            + " s (published " + monitor.published.get() + ", received " + monitor.received.get()
                            + ")");
                }
                if (now >= nextTick) {
                    progress.update(monitor.published.get(), monitor.received.get(), now);
                    nextTick += TICK_MILLIS * 1_000_000;
                }
            }
        } finally {
            progress.finish();
        }
    }

    private BenchReport report(List<PublisherTask> publishers, List<SubscriberTask> subscribers) {
        SampleGroup pubSamples = new SampleGroup();
        SampleGroup subSamples = new SampleGroup();
        Latencies pubAcks = new Latencies();
        Latencies deliveries = new Latencies();
        for (PublisherTask p : publishers) {
            pubSamples.add(p.sample());
            pubAcks.add(p.latencies());
        }
        for (SubscriberTask s : subscribers) {
            subSamples.add(s.sample());
            deliveries.add(s.latencies());
        }
        return new BenchReport(pubSamples, subSamples, pubAcks, options.syncPublish, deliveries);
    }

    /** Closing sends each client's close request; non-durable subscriptions go with it. */
    private void closeAll(List<PublisherTask> publishers, List<SubscriberTask> subscribers) {
        List<StanClient> clients = new ArrayList<>();
        subscribers.forEach(s -> clients.add(s.client()));
        publishers.forEach(p -> clients.add(p.client()));
        for (StanClient client : clients) {
            try {
                client.close();
            } catch (Exception e) {
                log.println("close: " + e.getMessage());
            }
        }
    }
}
