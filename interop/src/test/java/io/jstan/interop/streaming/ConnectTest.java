package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.StreamingConnection;
import io.nats.streaming.protobuf.CloseRequest;
import io.nats.streaming.protobuf.CloseResponse;
import io.nats.streaming.protobuf.ConnectRequest;
import io.nats.streaming.protobuf.ConnectResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Connecting and closing with the official Java client, and the ConnectResponse itself (§5.1, §5.8). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConnectTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  @Test
  void connectPublishAndClose() throws Exception {
    StreamingConnection sc = SERVER.connect(Stan.unique("client"));
    sc.publish(Stan.unique("chan"), Stan.payload(1));
    sc.close();
    assertThatThrownBy(() -> sc.publish("foo", Stan.payload(2)))
        .hasMessage("stan: connection closed");
  }

  @Test
  void clientIdIsFreeAgainAfterClose() throws Exception {
    String clientId = Stan.unique("client");
    SERVER.connect(clientId).close();
    SERVER.connect(clientId).close();
  }

  @Test
  void connectResponseHandsOutTheDefaultSubjectsAndEchoesThePingSettings() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      ConnectRequest request = ConnectRequest.newBuilder().setClientID(Stan.unique("client"))
          .setHeartbeatInbox(raw.inbox()).setProtocol(1).setConnID(RawStan.newConnId())
          .setPingInterval(7).setPingMaxOut(11).build();
      ConnectResponse response = raw.connect(request);
      assertThat(response.getError()).isEmpty();
      assertThat(response.getPubPrefix()).isEqualTo(RawStan.PUB_PREFIX);
      assertThat(response.getSubRequests()).isEqualTo(RawStan.SUB);
      assertThat(response.getUnsubRequests()).isEqualTo(RawStan.UNSUB);
      assertThat(response.getSubCloseRequests()).isEqualTo(RawStan.SUB_CLOSE);
      assertThat(response.getCloseRequests()).isEqualTo(RawStan.CLOSE);
      assertThat(response.getPingRequests()).isEqualTo(RawStan.PINGS);
      assertThat(response.getPingInterval()).isEqualTo(7);
      assertThat(response.getPingMaxOut()).isEqualTo(11);
      assertThat(response.getProtocol()).isEqualTo(1);
    }
  }

  @Test
  void protocolZeroClientGetsNoPingSubjectButStillSubscriptionClose() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      ConnectResponse response = raw.connect(ConnectRequest.newBuilder()
          .setClientID(Stan.unique("client")).setHeartbeatInbox(raw.inbox()).build());
      assertThat(response.getError()).isEmpty();
      assertThat(response.getPingRequests()).isEmpty();
      assertThat(response.getPingInterval()).isZero();
      assertThat(response.getSubCloseRequests()).isEqualTo(RawStan.SUB_CLOSE);
      assertThat(response.getProtocol()).isEqualTo(1);
    }
  }

  @Test
  void invalidClientIdIsRefused() {
    assertThatThrownBy(() -> SERVER.connect("bad.client"))
        .isInstanceOf(IOException.class)
        .hasMessage("stan: invalid clientID: only alphanumeric and `-` or `_` characters allowed");
  }

  @Test
  void connectWithoutHeartbeatInboxIsInvalid() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      ConnectResponse response = raw.connect(ConnectRequest.newBuilder()
          .setClientID(Stan.unique("client")).setProtocol(1).build());
      assertThat(response.getError()).isEqualTo("stan: invalid connection request");
      assertThat(response.getPubPrefix()).isEmpty();
      assertThat(response.getCloseRequests()).isEmpty();
    }
  }

  @Test
  void closeAnswersWithAZeroLengthPayload() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      byte[] reply = raw.requestBytes(RawStan.CLOSE,
          CloseRequest.newBuilder().setClientID(client.clientId).build().toByteArray());
      assertThat(reply).isEmpty();
    }
  }

  @Test
  void closeOfUnknownClientIsRefused() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      byte[] reply = raw.requestBytes(RawStan.CLOSE,
          CloseRequest.newBuilder().setClientID(Stan.unique("nobody")).build().toByteArray());
      assertThat(CloseResponse.parseFrom(reply).getError()).isEqualTo("stan: unknown clientID");
    }
  }
}
