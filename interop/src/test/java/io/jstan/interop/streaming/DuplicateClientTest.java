package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.protobuf.CloseRequest;
import io.nats.streaming.protobuf.ConnectResponse;
import io.nats.streaming.protobuf.Ping;
import io.nats.streaming.protobuf.PingResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client ID that is already registered: refused while its owner answers heartbeats, taken
 * over once it does not, and what the replaced connection sees afterwards (§5.1.1, §5.10, §15.3-5).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DuplicateClientTest {

  static final String REPLACED = "client has been replaced or is no longer registered";

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  @Test
  void liveOwnerKeepsItsClientId() throws Exception {
    String clientId = Stan.unique("client");
    try (StreamingConnection first = SERVER.connect(clientId)) {
      assertThatThrownBy(() -> SERVER.connect(clientId))
          .isInstanceOf(IOException.class)
          .hasMessage("stan: clientID already registered");
      first.publish(Stan.unique("chan"), Stan.payload(1));
    }
  }

  @Test
  void deadOwnerIsReplaced() throws Exception {
    String clientId = Stan.unique("client");
    Connection nats = Nats.connect(SERVER.url());
    SERVER.connect(clientId, o -> o.natsConn(nats));
    nats.close(); // the old client vanishes without a CloseRequest

    try (StreamingConnection replacement = SERVER.connect(clientId)) {
      String channel = Stan.unique("chan");
      Received received = new Received();
      replacement.subscribe(channel, received);
      replacement.publish(channel, Stan.payload(1));
      assertThat(Stan.text(received.next())).isEqualTo("m1");
    }
  }

  @Test
  void replacedConnectionGetsErrorsForItsPingsAndPublishes() throws Exception {
    String clientId = Stan.unique("client");
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client zombie = raw.register(clientId);
      zombie.answering.set(false); // partitioned away: the server's probe goes unanswered

      try (StreamingConnection replacement = SERVER.connect(clientId)) {
        byte[] ping = Ping.newBuilder().setConnID(zombie.connId).build().toByteArray();
        PingResponse pong = PingResponse.parseFrom(raw.requestBytes(RawStan.PINGS, ping));
        assertThat(pong.getError()).isEqualTo(REPLACED);

        // Same client ID, but the connID names the replaced connection.
        assertThat(raw.publish(zombie.pubMsg(Stan.unique("chan"), "late").build()).getError())
            .isEqualTo("stan: invalid publish request");
        replacement.publish(Stan.unique("chan"), Stan.payload(1));
      }
    }
  }

  @Test
  void connectDuringTheProbeOfTheOwnerIsRefusedAtOnce() throws Exception {
    String clientId = Stan.unique("client");
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client zombie = raw.register(clientId);
      zombie.answering.set(false);

      // The second connect starts a 500 ms probe of the silent owner...
      RawStan.Client second = raw.new Client(clientId);
      String secondReply = raw.inbox();
      Subscription secondResponse = raw.nats().subscribe(secondReply);
      raw.nats().publish(RawStan.DISCOVER, secondReply, second.request().toByteArray());
      // ...during which a third one is turned away without waiting.
      RawStan.Client third = raw.new Client(clientId);
      assertThat(raw.connect(third.request()).getError())
          .isEqualTo("stan: clientID already registered");

      Message reply = secondResponse.nextMessage(Received.EXPECT);
      assertThat(reply).isNotNull();
      assertThat(ConnectResponse.parseFrom(reply.getData()).getError()).isEmpty();
    }
  }

  @Test
  void javaClientClosedElsewhereReportsConnectionLost() throws Exception {
    String clientId = Stan.unique("client");
    CompletableFuture<Exception> lost = new CompletableFuture<>();
    // Below one second the Java client sends the interval as negative milliseconds.
    StreamingConnection sc = SERVER.connect(clientId, o -> o
        .pingInterval(Duration.ofMillis(200)).maxPingsOut(50)
        .connectionLostHandler((conn, e) -> lost.complete(e)));
    try (RawStan raw = SERVER.raw()) {
      // A close is authorised by client ID alone.
      byte[] reply = raw.requestBytes(RawStan.CLOSE,
          CloseRequest.newBuilder().setClientID(clientId).build().toByteArray());
      assertThat(reply).isEmpty();
    }
    assertThat(lost.get(5, TimeUnit.SECONDS)).hasMessage(REPLACED);
    assertThatThrownBy(() -> sc.publish("foo", Stan.payload(1)))
        .hasMessage("stan: connection closed");
  }
}
