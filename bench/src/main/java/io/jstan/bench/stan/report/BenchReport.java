package io.jstan.bench.stan.report;

import java.util.ArrayList;
import java.util.List;

/** The end-of-run report: upstream's stats block, then our latency lines. */
public final class BenchReport {

    private static final String NAME = "NATS Streaming";

    private final SampleGroup publishers;
    private final SampleGroup subscribers;
    private final Latencies pubAcks;
    private final boolean syncPublish;
    private final Latencies deliveries;

    public BenchReport(SampleGroup publishers, SampleGroup subscribers, Latencies pubAcks, boolean syncPublish,
            Latencies deliveries) {
        this.publishers = publishers;
        this.subscribers = subscribers;
        this.pubAcks = pubAcks;
        this.syncPublish = syncPublish;
        this.deliveries = deliveries;
    }

    public SampleGroup publishers() {
        return publishers;
    }

    public SampleGroup subscribers() {
        return subscribers;
    }

    public Latencies pubAcks() {
        return pubAcks;
    }

    public Latencies deliveries() {
        return deliveries;
    }

    /** Publishers and subscribers together: every client's messages over the whole run. */
    public Sample total() {
        List<Sample> both = new ArrayList<>(publishers.samples());
        both.addAll(subscribers.samples());
        return SampleGroup.combine(both);
    }

    public String render() {
        if (!publishers.hasSamples() && !subscribers.hasSamples()) {
            return "No publisher or subscribers. Nothing to report.\n";
        }
        StringBuilder out = new StringBuilder();
        String indent = "";
        if (publishers.hasSamples() && subscribers.hasSamples()) {
            out.append(NAME).append(" Pub/Sub stats: ").append(total()).append('\n');
            indent = " ";
        }
        group(out, indent, "Pub", publishers);
        group(out, indent, "Sub", subscribers);
        if (pubAcks.count() > 0) {
            out.append(indent).append("Pub ack latency (").append(syncPublish ? "sync" : "async").append("): ")
                    .append(pubAcks.summary()).append('\n');
        }
        if (deliveries.count() > 0) {
            out.append(indent).append("Delivery latency: ").append(deliveries.summary()).append('\n');
        }
        return out.toString();
    }

    private static void group(StringBuilder out, String indent, String label, SampleGroup group) {
        if (!group.hasSamples()) {
            return;
        }
        out.append(indent).append(label).append(" stats: ").append(group).append('\n');
        List<Sample> samples = group.samples();
        if (samples.size() > 1) {
            for (int i = 0; i < samples.size(); i++) {
                Sample s = samples.get(i);
                out.append(indent).append(" [").append(i + 1).append("] ").append(s)
                        .append(" (").append(s.jobMessages()).append(" msgs)\n");
            }
            out.append(indent).append(' ').append(group.statistics()).append('\n');
        }
    }
}
