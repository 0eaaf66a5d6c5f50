package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.streaming.protobuf.Ping;
import io.nats.streaming.protobuf.PingResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client PINGs, answered by connID only (§5.10, §15.2, §15.5). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PingTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  @Test
  void pingOfRegisteredConnectionGetsAZeroLengthReply() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      byte[] reply = raw.requestBytes(RawStan.PINGS,
          Ping.newBuilder().setConnID(client.connId).build().toByteArray());
      assertThat(reply).isEmpty();
    }
  }

  @Test
  void pingWithUnknownConnIdIsToldItWasReplaced() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      byte[] reply = raw.requestBytes(RawStan.PINGS,
          Ping.newBuilder().setConnID(RawStan.newConnId()).build().toByteArray());
      assertThat(PingResponse.parseFrom(reply).getError())
          .isEqualTo(DuplicateClientTest.REPLACED);
    }
  }

  @Test
  void pingIsKeyedByConnIdNotByClientId() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      // A second registration attempt of the live client fails, and its connID stays unknown.
      RawStan.Client intruder = raw.new Client(client.clientId);
      assertThat(raw.connect(intruder.request()).getError())
          .isEqualTo("stan: clientID already registered");
      byte[] reply = raw.requestBytes(RawStan.PINGS,
          Ping.newBuilder().setConnID(intruder.connId).build().toByteArray());
      assertThat(PingResponse.parseFrom(reply).getError())
          .isEqualTo(DuplicateClientTest.REPLACED);
    }
  }

  @Test
  void emptyPingIsNotAnswered() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      raw.expectNoReply(RawStan.PINGS, new byte[0]);
    }
  }
}
