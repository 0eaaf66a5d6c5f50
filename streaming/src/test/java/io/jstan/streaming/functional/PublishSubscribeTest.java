package io.jstan.streaming.functional;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class PublishSubscribeTest {

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
    void publishedMessagesReachASubscriberInOrder() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add);
        for (int i = 1; i <= 10; i++) {
            sc.publish("foo", ("m" + i).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 1; i <= 10; i++) {
            Message m = got.poll(5, TimeUnit.SECONDS);
            assertThat(m).isNotNull();
            assertThat(m.getSequence()).isEqualTo(i);
            assertThat(new String(m.getData(), StandardCharsets.UTF_8)).isEqualTo("m" + i);
            assertThat(m.isRedelivered()).isFalse();
            assertThat(m.getSubject()).isEqualTo("foo");
        }
    }

    @Test
    void asyncPublishesAreAllAcknowledged() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        int n = 2000;
        CountDownLatch acked = new CountDownLatch(n);
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < n; i++) {
            sc.publish("bar", new byte[16], (guid, err) -> {
                if (err != null) {
                    failure.set(err);
                }
                acked.countDown();
            });
        }
        assertThat(acked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isNull();
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        Subscription sub = sc.subscribe("bar", got::add, new SubscriptionOptions.Builder().startWithLastReceived().build());
        Message last = got.poll(5, TimeUnit.SECONDS);
        assertThat(last.getSequence()).isEqualTo(n);
        sub.unsubscribe();
    }
}
