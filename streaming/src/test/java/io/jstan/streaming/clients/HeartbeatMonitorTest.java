package io.jstan.streaming.clients;

import io.jstan.streaming.protocol.Protocol.MsgProto;
import io.jstan.streaming.protocol.Protocol.PingResponse;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.testing.ManualClockServer;
import io.jstan.streaming.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(30)
class HeartbeatMonitorTest {

    private ManualClockServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private void start() throws Exception {
        start(2);
    }

    private void start(int failCount) throws Exception {
        server = new ManualClockServer(o -> {
            o.heartbeatInterval = Duration.ofSeconds(1);
            o.heartbeatTimeout = Duration.ofMillis(500);
            o.heartbeatFailCount = failCount;
        });
    }

    /** One heartbeat round: the interval elapses, the request goes out, its timeout elapses. */
    private void round() throws InterruptedException {
        server.advance(Duration.ofSeconds(1));
        Thread.sleep(100);
        server.advance(Duration.ofMillis(500));
        Thread.sleep(100);
    }

    @Test
    void aClientThatAnswersStaysRegistered() throws Exception {
        start();
        try (WireClient c = server.client("alive")) {
            for (int i = 0; i < 5; i++) {
                round();
            }
            assertThat(server.server().core().clients().byId("alive")).isNotNull();
        }
    }

    @Test
    void aSilentClientIsClosedAfterMoreThanTheFailCountAndItsSubscriptionsGo() throws Exception {
        start();
        try (WireClient c = server.client("silent"); WireClient other = server.client("other")) {
            c.subscribe(c.subscription("foo"));
            c.answerHeartbeats(false);
            round();
            Client client = server.server().core().clients().byId("silent");
            assertThat(client.hasFailedHeartbeats()).isTrue();
            round();
            assertThat(server.server().core().clients().byId("silent")).isNotNull();
            round();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> server.server().core().clients().byId("silent") == null);
            other.sync("foo");
            assertThat(server.server().core().channels().get("foo").subscriptions().activeCount()).isZero();
            byte[] reply = other.request("_STAN.discover.test-cluster.pings",
                    io.jstan.streaming.protocol.Protocol.Ping.newBuilder()
                            .setConnID(com.google.protobuf.ByteString.copyFromUtf8("unknown")).build().toByteArray());
            assertThat(PingResponse.parseFrom(reply).getError()).isEqualTo(ServerErrors.CLIENT_REPLACED);
        }
    }

    @Test
    void plainSubscriptionsOfAFailingClientAreNotRedeliveredUntilItAnswers() throws Exception {
        start(5);
        try (WireClient c = server.client("flaky")) {
            WireClient.Sub sub = c.subscribe(c.subscription("foo").setAckWaitInSecs(1));
            c.answerHeartbeats(false);
            round();
            assertThat(server.server().core().clients().byId("flaky").hasFailedHeartbeats()).isTrue();
            c.publish("foo", "a");
            assertThat(sub.next().getRedelivered()).isFalse();
            server.advance(Duration.ofSeconds(1));
            assertThat(sub.none(Duration.ofMillis(200))).isNull();
            server.advance(Duration.ofMillis(500));
            Thread.sleep(100);
            c.answerHeartbeats(true);
            round();
            assertThat(server.server().core().clients().byId("flaky").hasFailedHeartbeats()).isFalse();
            MsgProto again = sub.next();
            assertThat(again.getRedelivered()).isTrue();
        }
    }
}
