package io.jstan.streaming.subscriptions;

import io.jstan.streaming.delivery.Acks;
import io.jstan.streaming.workers.Worker;

/** An ack on its way to the channel's worker; it may run while a publish batch is staged. */
final class AckTask implements Worker.Batched {

    private final Acks acks;
    private final Subscription subscription;
    private final long sequence;

    AckTask(Acks acks, Subscription subscription, long sequence) {
        this.acks = acks;
        this.subscription = subscription;
        this.sequence = sequence;
    }

    @Override
    public void run() {
        acks.acknowledge(subscription, sequence);
    }
}
