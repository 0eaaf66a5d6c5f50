package io.jstan.streaming.functional;

import com.google.protobuf.ByteString;
import io.jstan.streaming.protocol.Protocol.ConnectRequest;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;
import io.jstan.streaming.protocol.Protocol.Ping;
import io.jstan.streaming.protocol.Protocol.PingResponse;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.streaming.StreamingConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(20)
class ConnectTest {

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
    void connectAndClose() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        assertThat(stan.server().core().clients().byId("c1")).isNotNull();
        sc.close();
        assertThat(stan.server().core().clients().byId("c1")).isNull();
        stan.connect("c1").close();
    }

    @Test
    void aLiveClientIdIsRefused() throws Exception {
        stan.connect("dup");
        assertThatThrownBy(() -> stan.connect("dup")).hasMessageContaining("stan: clientID already registered");
    }

    @Test
    void aDeadClientIsReplaced() throws Exception {
        Connection nc = stan.nats();
        ConnectRequest request = ConnectRequest.newBuilder().setClientID("zombie")
                .setHeartbeatInbox("_INBOX.nobody-listens").setProtocol(1)
                .setConnID(ByteString.copyFromUtf8("old-conn")).setPingInterval(5).setPingMaxOut(3).build();
        Message reply = nc.request("_STAN.discover." + EmbeddedStan.CLUSTER, request.toByteArray(), Duration.ofSeconds(2));
        assertThat(ConnectResponse.parseFrom(reply.getData()).getError()).isEmpty();

        StreamingConnection sc = stan.connect("zombie");
        sc.publish("foo", new byte[] {1});
        Message ping = nc.request(ConnectResponse.parseFrom(reply.getData()).getPingRequests(),
                Ping.newBuilder().setConnID(ByteString.copyFromUtf8("old-conn")).build().toByteArray(),
                Duration.ofSeconds(2));
        assertThat(PingResponse.parseFrom(ping.getData()).getError())
                .isEqualTo("client has been replaced or is no longer registered");
    }

    @Test
    void invalidClientIdsAreRefused() {
        assertThatThrownBy(() -> stan.connect("bad.id"))
                .hasMessageContaining("stan: invalid clientID: only alphanumeric and `-` or `_` characters allowed");
    }

    @Test
    void aPingWithAnUnknownConnectionIdGetsTheReplacedError() throws Exception {
        Connection nc = stan.nats();
        Message reply = nc.request("_STAN.discover." + EmbeddedStan.CLUSTER + ".pings",
                Ping.newBuilder().setConnID(ByteString.copyFromUtf8("nope")).build().toByteArray(), Duration.ofSeconds(2));
        assertThat(PingResponse.parseFrom(reply.getData()).getError())
                .isEqualTo("client has been replaced or is no longer registered");
    }

    @Test
    void aClientWhosePingsFailReportsTheConnectionLost() throws Exception {
        CountDownLatch lost = new CountDownLatch(1);
        StreamingConnection sc = stan.connect("pinger", b -> b.pingInterval(Duration.ofMillis(100)).maxPingsOut(3)
                .connectionLostHandler((conn, e) -> lost.countDown()));
        // Closing the registration behind the client's back: its next ping is refused.
        Connection nc = stan.nats();
        nc.request("_STAN.close." + EmbeddedStan.CLUSTER,
                io.jstan.streaming.protocol.Protocol.CloseRequest.newBuilder().setClientID("pinger").build()
                        .toByteArray(), Duration.ofSeconds(2));
        assertThat(lost.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sc).isNotNull();
    }
}
