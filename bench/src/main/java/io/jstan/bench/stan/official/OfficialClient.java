package io.jstan.bench.stan.official;

import io.jstan.bench.stan.client.AckListener;
import io.jstan.bench.stan.client.MessageListener;
import io.jstan.bench.stan.client.NatsCounts;
import io.jstan.bench.stan.client.Payloads;
import io.jstan.bench.stan.client.StanClient;
import io.jstan.bench.stan.client.StanSubscription;
import io.nats.client.Connection;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.SubscriptionOptions;

/** The official Java client behind the benchmark's client interface; it acks each message itself. */
final class OfficialClient implements StanClient {

    private final Connection nats;
    private final StreamingConnection streaming;

    OfficialClient(Connection nats, StreamingConnection streaming) {
        this.nats = nats;
        this.streaming = streaming;
    }

    @Override
    public void publishAsync(String channel, byte[] data, AckListener listener) throws Exception {
        long sent = System.nanoTime();
        streaming.publish(channel, data, (guid, error) ->
                listener.onAck(System.nanoTime() - sent, error == null ? null : String.valueOf(error.getMessage())));
    }

    @Override
    public long publish(String channel, byte[] data) throws Exception {
        long sent = System.nanoTime();
        streaming.publish(channel, data);
        return System.nanoTime() - sent;
    }

    @Override
    public StanSubscription subscribe(String channel, String queueGroup, boolean fromOldest, MessageListener listener)
            throws Exception {
        SubscriptionOptions.Builder options = new SubscriptionOptions.Builder();
        if (fromOldest) {
            options.deliverAllAvailable();
        }
        // The official client treats a null group as a plain subscription.
        String group = queueGroup.isEmpty() ? null : queueGroup;
        io.nats.streaming.Subscription subscription = streaming.subscribe(channel, group,
                message -> listener.onMessage(Payloads.stampOf(message.getData())), options.build());
        return () -> subscription.close(false);
    }

    @Override
    public NatsCounts natsCounts() {
        return NatsCounts.of(nats);
    }

    @Override
    public void close() throws Exception {
        try {
            streaming.close();
        } finally {
            nats.close();
        }
    }
}
