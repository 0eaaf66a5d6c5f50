package io.jstan.streaming.functional;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class DurableTest {

    private EmbeddedStan stan;

    @BeforeEach
    void start() throws Exception {
        stan = new EmbeddedStan();
    }

    @AfterEach
    void stop() {
        stan.close();
    }

    private static SubscriptionOptions durable() {
        return new SubscriptionOptions.Builder().durableName("dur").manualAcks().deliverAllAvailable().build();
    }

    @Test
    void aResumedDurableGetsItsUnackedMessagesAgainThenNewOnes() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        for (int i = 1; i <= 3; i++) {
            sc.publish("foo", new byte[] {(byte) i});
        }
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        Subscription sub = sc.subscribe("foo", got::add, durable());
        got.poll(5, TimeUnit.SECONDS).ack();
        got.poll(5, TimeUnit.SECONDS);
        got.poll(5, TimeUnit.SECONDS);
        sc.close();

        StreamingConnection again = stan.connect("c1");
        again.publish("foo", new byte[] {4});
        BlockingQueue<Message> resumed = new LinkedBlockingQueue<>();
        again.subscribe("foo", resumed::add, durable());
        Message m2 = resumed.poll(5, TimeUnit.SECONDS);
        Message m3 = resumed.poll(5, TimeUnit.SECONDS);
        Message m4 = resumed.poll(5, TimeUnit.SECONDS);
        assertThat(m2.getSequence()).isEqualTo(2);
        assertThat(m2.isRedelivered()).isTrue();
        assertThat(m3.getSequence()).isEqualTo(3);
        assertThat(m3.isRedelivered()).isTrue();
        assertThat(m4.getSequence()).isEqualTo(4);
        assertThat(m4.isRedelivered()).isFalse();
        assertThat(sub).isNotNull();
    }

    @Test
    void aClosedDurableResumesButAnUnsubscribedOneStartsOver() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        sc.publish("foo", new byte[] {1});
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        Subscription sub = sc.subscribe("foo", m -> {
            got.add(m);
            ackQuietly(m);
        }, durable());
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
        sub.close();
        sc.publish("foo", new byte[] {2});
        sub = sc.subscribe("foo", got::add, durable());
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(2);
        sub.unsubscribe();
        sc.subscribe("foo", got::add, durable());
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
    }

    @Test
    void anOnlineDurableCannotBeRegisteredTwice() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        sc.subscribe("foo", m -> { }, durable());
        assertThatThrownBy(() -> sc.subscribe("foo", m -> { }, durable()))
                .hasMessageContaining("stan: duplicate durable registration");
    }

    @Test
    void anotherClientIdHasItsOwnDurable() throws Exception {
        stan.connect("c1").subscribe("foo", m -> { }, durable());
        stan.connect("c2").subscribe("foo", m -> { }, durable());
    }

    @Test
    void withReplaceDurableTheNewRegistrationWins() throws Exception {
        stan.close();
        stan = new EmbeddedStan(o -> o.replaceDurable = true);
        StreamingConnection sc = stan.connect("c1");
        sc.subscribe("foo", m -> { }, durable());
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add, durable());
        sc.publish("foo", new byte[] {1});
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
    }

    private static void ackQuietly(Message m) {
        try {
            m.ack();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
