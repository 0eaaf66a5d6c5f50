package io.jstan.streaming.subscriptions;

import io.jstan.streaming.protocol.Protocol.MsgProto;
import io.jstan.streaming.testing.ManualClockServer;
import io.jstan.streaming.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class QueueGroupTest {

    private static final Duration QUIET = Duration.ofMillis(200);

    private ManualClockServer server;
    private WireClient a;
    private WireClient b;

    @BeforeEach
    void start() throws Exception {
        server = new ManualClockServer(o -> { });
        a = server.client("a");
        b = server.client("b");
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
        server.close();
    }

    @Test
    void equalMembersTakeTurns() throws Exception {
        WireClient.Sub sa = a.subscribe(a.subscription("foo").setQGroup("g"));
        WireClient.Sub sb = b.subscribe(b.subscription("foo").setQGroup("g"));
        for (int i = 0; i < 4; i++) {
            a.publish("foo", "m" + i);
        }
        List<Long> toA = drain(sa);
        List<Long> toB = drain(sb);
        assertThat(toA).hasSize(2);
        assertThat(toB).hasSize(2);
        assertThat(toA).doesNotContainAnyElementsOf(toB);
    }

    @Test
    void aLeavingMembersPendingMessagesGoToTheOthersWithinAHundredMilliseconds() throws Exception {
        WireClient.Sub sa = a.subscribe(a.subscription("foo").setQGroup("g"));
        WireClient.Sub sb = b.subscribe(b.subscription("foo").setQGroup("g"));
        for (int i = 0; i < 4; i++) {
            a.publish("foo", "m" + i);
        }
        List<Long> toA = drain(sa);
        drain(sb);
        assertThat(a.unsubscribe(sa, "foo", false)).isEmpty();
        assertThat(sb.none(QUIET)).isNull();
        server.advance(Duration.ofMillis(100));
        List<MsgProto> handedOver = new ArrayList<>();
        for (int i = 0; i < toA.size(); i++) {
            handedOver.add(sb.next());
        }
        assertThat(handedOver).allMatch(MsgProto::getRedelivered);
        assertThat(handedOver).extracting(MsgProto::getSequence).containsExactlyInAnyOrderElementsOf(toA);
    }

    @Test
    void aDurableGroupClosedByItsLastMemberResumesFromItsShadow() throws Exception {
        WireClient.Sub sa = a.subscribe(a.subscription("foo").setQGroup("g").setDurableName("d"));
        a.publish("foo", "1");
        a.publish("foo", "2");
        MsgProto first = sa.next();
        a.ack(sa, first);
        sa.next();
        assertThat(a.unsubscribe(sa, "foo", true)).isEmpty();
        a.publish("foo", "3");

        WireClient.Sub sb = b.subscribe(b.subscription("foo").setQGroup("g").setDurableName("d")
                .setStartPosition(io.jstan.streaming.protocol.Protocol.StartPosition.First));
        MsgProto resent = sb.next();
        assertThat(resent.getSequence()).isEqualTo(2);
        assertThat(resent.getRedelivered()).isTrue();
        MsgProto fresh = sb.next();
        assertThat(fresh.getSequence()).isEqualTo(3);
        assertThat(fresh.getRedelivered()).isFalse();
        assertThat(sb.none(QUIET)).isNull();
    }

    @Test
    void unsubscribingTheLastMemberOfADurableGroupDestroysIt() throws Exception {
        WireClient.Sub sa = a.subscribe(a.subscription("foo").setQGroup("g").setDurableName("d"));
        a.publish("foo", "1");
        a.ack(sa, sa.next());
        assertThat(a.unsubscribe(sa, "foo", false)).isEmpty();
        WireClient.Sub sb = b.subscribe(b.subscription("foo").setQGroup("g").setDurableName("d")
                .setStartPosition(io.jstan.streaming.protocol.Protocol.StartPosition.First));
        assertThat(sb.next().getSequence()).isEqualTo(1);
    }

    @Test
    void anExpiredMessageOfAMemberCanBeRedeliveredToAnother() throws Exception {
        WireClient.Sub sa = a.subscribe(a.subscription("foo").setQGroup("g").setAckWaitInSecs(1).setMaxInFlight(1));
        a.publish("foo", "1");
        assertThat(sa.next().getSequence()).isEqualTo(1);
        WireClient.Sub sb = b.subscribe(b.subscription("foo").setQGroup("g").setAckWaitInSecs(1));
        server.advance(Duration.ofSeconds(1));
        MsgProto moved = sb.next();
        assertThat(moved.getSequence()).isEqualTo(1);
        assertThat(moved.getRedelivered()).isTrue();
        assertThat(moved.getRedeliveryCount()).isEqualTo(1);
        assertThat(sa.none(QUIET)).isNull();
    }

    private static List<Long> drain(WireClient.Sub sub) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        for (MsgProto m = sub.none(QUIET); m != null; m = sub.none(QUIET)) {
            seqs.add(m.getSequence());
        }
        return seqs;
    }
}
