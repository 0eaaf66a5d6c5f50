package io.jstan.streaming.delivery;

import io.jstan.streaming.protocol.Protocol.MsgProto;
import io.jstan.streaming.testing.ManualClockServer;
import io.jstan.streaming.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class RedeliveryTest {

    private static final Duration QUIET = Duration.ofMillis(200);

    private ManualClockServer server;
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ManualClockServer(o -> { });
        client = server.client("me");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void unackedMessageIsRedeliveredAfterAckWaitWithACount() throws Exception {
        WireClient.Sub sub = client.subscribe(client.subscription("foo").setAckWaitInSecs(2));
        client.publish("foo", "a");
        MsgProto first = sub.next();
        assertThat(first.getRedelivered()).isFalse();
        assertThat(first.getRedeliveryCount()).isZero();

        server.advance(Duration.ofMillis(1900));
        assertThat(sub.none(QUIET)).isNull();
        server.advance(Duration.ofMillis(100));
        MsgProto again = sub.next();
        assertThat(again.getSequence()).isEqualTo(1);
        assertThat(again.getRedelivered()).isTrue();
        assertThat(again.getRedeliveryCount()).isEqualTo(1);

        server.advance(Duration.ofSeconds(2));
        assertThat(sub.next().getRedeliveryCount()).isEqualTo(2);

        client.ack(sub, again);
        client.sync("foo");
        server.advance(Duration.ofSeconds(2));
        assertThat(sub.none(QUIET)).isNull();
    }

    @Test
    void ackedMessagesAreNotRedelivered() throws Exception {
        WireClient.Sub sub = client.subscribe(client.subscription("foo").setAckWaitInSecs(1));
        client.publish("foo", "a");
        client.publish("foo", "b");
        client.ack(sub, sub.next());
        MsgProto b = sub.next();
        client.sync("foo");
        server.advance(Duration.ofSeconds(1));
        MsgProto again = sub.next();
        assertThat(again.getSequence()).isEqualTo(b.getSequence());
        assertThat(again.getRedelivered()).isTrue();
        assertThat(sub.none(QUIET)).isNull();
    }

    @Test
    void maxInFlightStallsAndAnAckResumes() throws Exception {
        WireClient.Sub sub = client.subscribe(client.subscription("foo").setMaxInFlight(2));
        for (int i = 0; i < 5; i++) {
            client.publish("foo", "m" + i);
        }
        MsgProto m1 = sub.next();
        sub.next();
        assertThat(sub.none(QUIET)).isNull();
        client.ack(sub, m1);
        assertThat(sub.next().getSequence()).isEqualTo(3);
        assertThat(sub.none(QUIET)).isNull();
    }

    @Test
    void redeliveriesIgnoreMaxInFlight() throws Exception {
        WireClient.Sub sub = client.subscribe(client.subscription("foo").setMaxInFlight(1).setAckWaitInSecs(1));
        client.publish("foo", "a");
        client.publish("foo", "b");
        assertThat(sub.next().getSequence()).isEqualTo(1);
        assertThat(sub.none(QUIET)).isNull();
        server.advance(Duration.ofSeconds(1));
        MsgProto again = sub.next();
        assertThat(again.getSequence()).isEqualTo(1);
        assertThat(again.getRedelivered()).isTrue();
        client.ack(sub, again);
        assertThat(sub.next().getSequence()).isEqualTo(2);
    }
}
