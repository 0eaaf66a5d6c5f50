package io.jstan.streaming.functional;

import io.jstan.streaming.StreamingOptions.ChannelLimitOverrides;
import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.SubscriptionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class LimitsTest {

    private EmbeddedStan stan;

    @AfterEach
    void stop() {
        stan.close();
    }

    @Test
    void maxMsgsDropsTheOldestAndPublishesSucceed() throws Exception {
        stan = new EmbeddedStan(o -> o.maxMsgs = 3);
        StreamingConnection sc = stan.connect("c1");
        for (int i = 1; i <= 5; i++) {
            sc.publish("foo", new byte[] {(byte) i});
        }
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add, new SubscriptionOptions.Builder().deliverAllAvailable().build());
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(3);
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(4);
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(5);
    }

    @Test
    void perChannelOverridesApplyByPattern() throws Exception {
        stan = new EmbeddedStan(o -> {
            ChannelLimitOverrides small = new ChannelLimitOverrides();
            small.maxMsgs = 1L;
            o.channelLimits.put("small.>", small);
        });
        StreamingConnection sc = stan.connect("c1");
        for (int i = 1; i <= 3; i++) {
            sc.publish("small.x", new byte[] {(byte) i});
            sc.publish("big", new byte[] {(byte) i});
        }
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        SubscriptionOptions all = new SubscriptionOptions.Builder().deliverAllAvailable().build();
        sc.subscribe("small.x", got::add, all);
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(3);
        sc.subscribe("big", got::add, all);
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
    }

    @Test
    void maxChannelsRefusesNewChannels() throws Exception {
        stan = new EmbeddedStan(o -> o.maxChannels = 2);
        StreamingConnection sc = stan.connect("c1");
        sc.publish("a", new byte[] {1});
        sc.publish("b", new byte[] {1});
        assertThatThrownBy(() -> sc.publish("c", new byte[] {1})).hasMessageContaining("too many channels");
        assertThatThrownBy(() -> sc.subscribe("c", m -> { })).hasMessageContaining("too many channels");
        sc.publish("a", new byte[] {2});
    }

    @Test
    void maxSubscriptionsRefusesMore() throws Exception {
        stan = new EmbeddedStan(o -> o.maxSubscriptions = 2);
        StreamingConnection sc = stan.connect("c1");
        sc.subscribe("foo", m -> { }, new SubscriptionOptions.Builder().durableName("d").build()).close();
        sc.subscribe("foo", m -> { });
        assertThatThrownBy(() -> sc.subscribe("foo", m -> { }))
                .hasMessageContaining("too many subscriptions per channel");
        // Resuming the offline durable does not count again.
        sc.subscribe("foo", m -> { }, new SubscriptionOptions.Builder().durableName("d").build());
    }

    @Test
    void channelsDifferingOnlyByCaseCannotCoexist() throws Exception {
        stan = new EmbeddedStan();
        StreamingConnection sc = stan.connect("c1");
        sc.publish("Foo", new byte[] {1});
        assertThatThrownBy(() -> sc.publish("foo", new byte[] {1})).hasMessageContaining(
                "rejecting channel \"foo\" because channel \"Foo\" alreay exists (different cases not allowed)");
    }
}
