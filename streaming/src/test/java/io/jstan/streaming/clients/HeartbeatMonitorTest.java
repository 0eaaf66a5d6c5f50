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

    private Duration interval = Duration.ofSeconds(1);

    private void start() throws Exception {
        start(2);
    }

    private void start(int failCount) throws Exception {
        server = new ManualClockServer(o -> {
            o.heartbeatInterval = interval;
            o.heartbeatTimeout = Duration.ofMillis(500);
            o.heartbeatFailCount = failCount;
        });
    }

    /**
     * One heartbeat round: time moves exactly to the next check, which runs. An answering
     * client's reply travels over a real connection, so wait for it before time moves on (moving
     * past the check would also fire its timeout); for a silent client the timeout elapses and
     * the failure is recorded.
     */
    private void round(String id, boolean answered) {
        Client client = server.server().core().clients().byId(id);
        long previousDue = client.heartbeatTimer.dueNanos();
        server.advance(Duration.ofNanos(Math.max(0, previousDue - server.nowNanos())));
        if (answered) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !client.heartbeatInFlight
                    && client.heartbeatTimer != null && client.heartbeatTimer.dueNanos() > previousDue);
            return;
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> client.heartbeatInFlight
                || client.heartbeatTimer != null && client.heartbeatTimer.dueNanos() > previousDue);
        server.advance(Duration.ofMillis(500));
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.heartbeatInFlight
                && (client.heartbeatTimer != null || server.server().core().clients().byId(id) != client));
    }

    @Test
    void aClientThatAnswersStaysRegistered() throws Exception {
        start();
        try (WireClient c = server.client("alive")) {
            for (int i = 0; i < 5; i++) {
                round("alive", true);
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
            round("silent", false);
            Client client = server.server().core().clients().byId("silent");
            assertThat(client.hasFailedHeartbeats()).isTrue();
            round("silent", false);
            assertThat(server.server().core().clients().byId("silent")).isNotNull();
            round("silent", false);
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
        interval = Duration.ofSeconds(10);
        start(5);
        try (WireClient c = server.client("flaky")) {
            WireClient.Sub sub = c.subscribe(c.subscription("foo").setAckWaitInSecs(2));
            c.answerHeartbeats(false);
            round("flaky", false);
            assertThat(server.server().core().clients().byId("flaky").hasFailedHeartbeats()).isTrue();
            c.publish("foo", "a");
            assertThat(sub.next().getRedelivered()).isFalse();
            server.advance(Duration.ofSeconds(2));
            assertThat(sub.none(Duration.ofMillis(300))).isNull();

            c.answerHeartbeats(true);
            round("flaky", true);
            assertThat(server.server().core().clients().byId("flaky").hasFailedHeartbeats()).isFalse();
            server.advance(Duration.ofSeconds(2));
            MsgProto again = sub.next();
            assertThat(again.getRedelivered()).isTrue();
        }
    }
}
