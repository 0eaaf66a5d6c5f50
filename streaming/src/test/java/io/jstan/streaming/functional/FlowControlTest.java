package io.jstan.streaming.functional;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class FlowControlTest {

    private EmbeddedStan stan;

    @BeforeEach
    void start() throws Exception {
        stan = new EmbeddedStan();
    }

    @AfterEach
    void stop() {
        stan.close();
    }

    @Test
    void maxInFlightStallsUntilAnAck() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add, new SubscriptionOptions.Builder().manualAcks().maxInFlight(2).build());
        for (int i = 0; i < 4; i++) {
            sc.publish("foo", new byte[] {1});
        }
        Message first = got.poll(5, TimeUnit.SECONDS);
        assertThat(got.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(got.poll(300, TimeUnit.MILLISECONDS)).isNull();
        first.ack();
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(3);
    }

    @Test
    void anUnackedMessageComesBackAfterTheAckWait() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add,
                new SubscriptionOptions.Builder().manualAcks().ackWait(Duration.ofSeconds(1)).build());
        sc.publish("foo", new byte[] {1});
        Message first = got.poll(5, TimeUnit.SECONDS);
        assertThat(first.isRedelivered()).isFalse();
        Message again = got.poll(3, TimeUnit.SECONDS);
        assertThat(again.getSequence()).isEqualTo(1);
        assertThat(again.isRedelivered()).isTrue();
        again.ack();
    }

    @Test
    void unsubscribeAndCloseAnswerAndStopDelivery() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        Subscription plain = sc.subscribe("foo", got::add);
        plain.unsubscribe();
        Subscription closed = sc.subscribe("foo", got::add);
        closed.close();
        sc.publish("foo", new byte[] {1});
        assertThat(got.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
}
