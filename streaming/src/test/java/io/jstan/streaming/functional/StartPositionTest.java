package io.jstan.streaming.functional;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.SubscriptionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class StartPositionTest {

    private EmbeddedStan stan;
    private StreamingConnection sc;

    @BeforeEach
    void start() throws Exception {
        stan = new EmbeddedStan();
        sc = stan.connect("c1");
        for (int i = 1; i <= 5; i++) {
            sc.publish("foo", new byte[] {(byte) i});
        }
    }

    @AfterEach
    void stop() {
        stan.close();
    }

    private long firstSequence(SubscriptionOptions options) throws Exception {
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add, options);
        Message m = got.poll(300, TimeUnit.MILLISECONDS);
        return m == null ? 0 : m.getSequence();
    }

    @Test
    void newOnlyGetsOnlyWhatComesNext() throws Exception {
        assertThat(firstSequence(new SubscriptionOptions.Builder().build())).isZero();
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("foo", got::add);
        sc.publish("foo", new byte[] {6});
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(6);
    }

    @Test
    void lastReceivedStartsWithTheNewest() throws Exception {
        assertThat(firstSequence(new SubscriptionOptions.Builder().startWithLastReceived().build())).isEqualTo(5);
    }

    @Test
    void deliverAllStartsWithTheOldest() throws Exception {
        assertThat(firstSequence(new SubscriptionOptions.Builder().deliverAllAvailable().build())).isEqualTo(1);
    }

    @Test
    void sequenceStartIsClamped() throws Exception {
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtSequence(3).build())).isEqualTo(3);
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtSequence(0).build())).isEqualTo(1);
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtSequence(99).build())).isZero();
    }

    @Test
    void timeStartPicksTheFirstMessageAtOrAfterThatTime() throws Exception {
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        sc.publish("foo", new byte[] {6});
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtTime(between).build())).isEqualTo(6);
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtTimeDelta(Duration.ofMinutes(1)).build()))
                .isEqualTo(1);
        assertThat(firstSequence(new SubscriptionOptions.Builder().startAtTime(Instant.now().plusSeconds(60)).build()))
                .isZero();
    }

    @Test
    void startPositionsOnAnEmptyChannel() throws Exception {
        BlockingQueue<Message> got = new LinkedBlockingQueue<>();
        sc.subscribe("empty", got::add, new SubscriptionOptions.Builder().startWithLastReceived().build());
        sc.subscribe("empty", got::add, new SubscriptionOptions.Builder().startAtSequence(10).build());
        sc.publish("empty", new byte[] {1});
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
        assertThat(got.poll(5, TimeUnit.SECONDS).getSequence()).isEqualTo(1);
    }
}
