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
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(20)
class QueueTest {

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
    void eachMessageGoesToExactlyOneMember() throws Exception {
        StreamingConnection c1 = stan.connect("c1");
        StreamingConnection c2 = stan.connect("c2");
        Set<Long> one = ConcurrentHashMap.newKeySet();
        Set<Long> two = ConcurrentHashMap.newKeySet();
        c1.subscribe("foo", "workers", m -> one.add(m.getSequence()));
        c2.subscribe("foo", "workers", m -> two.add(m.getSequence()));
        for (int i = 0; i < 100; i++) {
            c1.publish("foo", new byte[] {1});
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> one.size() + two.size() == 100);
        assertThat(one).isNotEmpty().doesNotContainAnyElementsOf(two);
        assertThat(two).isNotEmpty();
    }

    @Test
    void aMemberLeavingHandsItsUnackedMessagesToTheOthers() throws Exception {
        StreamingConnection c1 = stan.connect("c1");
        StreamingConnection c2 = stan.connect("c2");
        BlockingQueue<Message> toOne = new LinkedBlockingQueue<>();
        BlockingQueue<Message> toTwo = new LinkedBlockingQueue<>();
        SubscriptionOptions manual = new SubscriptionOptions.Builder().manualAcks().build();
        c1.subscribe("foo", "workers", toOne::add, manual);
        c2.subscribe("foo", "workers", m -> {
            toTwo.add(m);
            try {
                m.ack();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, manual);
        for (int i = 0; i < 10; i++) {
            c1.publish("foo", new byte[] {1});
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> toOne.size() + toTwo.size() == 10);
        int unacked = toOne.size();
        assertThat(unacked).isPositive();
        c1.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> toTwo.size() == 10);
        assertThat(toTwo.stream().filter(Message::isRedelivered).count()).isEqualTo(unacked);
    }

    @Test
    void aDurableGroupSurvivesItsLastMemberClosing() throws Exception {
        StreamingConnection c1 = stan.connect("c1");
        SubscriptionOptions durable = new SubscriptionOptions.Builder().durableName("dur").build();
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        Subscription sub = c1.subscribe("foo", "workers", got::add, durable);
        c1.publish("foo", new byte[] {1});
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
        Thread.sleep(100); // let the automatic ack land
        sub.close();
        c1.publish("foo", new byte[] {2});

        StreamingConnection c2 = stan.connect("c2");
        BlockingQueue<Message> resumed = new LinkedBlockingQueue<>();
        c2.subscribe("foo", "workers", resumed::add,
                new SubscriptionOptions.Builder().durableName("dur").deliverAllAvailable().build());
        assertThat(resumed.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(2);
        assertThat(resumed.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void durableQueueNamesCannotContainAColon() throws Exception {
        StreamingConnection c1 = stan.connect("c1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c1.subscribe("foo", "g", m -> { },
                        new SubscriptionOptions.Builder().durableName("a:b").build()))
                .hasMessageContaining("stan: durable name of a durable queue subscriber can't contain the character ':'");
    }
}
