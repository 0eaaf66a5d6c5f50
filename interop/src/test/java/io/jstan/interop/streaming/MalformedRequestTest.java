package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.streaming.StreamingConnection;
import io.nats.streaming.protobuf.CloseResponse;
import io.nats.streaming.protobuf.ConnectResponse;
import io.nats.streaming.protobuf.PubAck;
import io.nats.streaming.protobuf.SubscriptionResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Payloads that do not decode, on every protocol subject: the answer, and a server that stays up (§5, §6.1). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MalformedRequestTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  /** Every case ends by showing that an official client still gets full service. */
  @AfterEach
  void serverStillServes() throws Exception {
    String channel = Stan.unique("chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("check"))) {
      Received received = new Received();
      sc.subscribe(channel, received);
      sc.publish(channel, Stan.payload(1));
      assertThat(Stan.text(received.next())).isEqualTo("m1");
    }
  }

  @Test
  void connectRequest() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      ConnectResponse response =
          ConnectResponse.parseFrom(raw.requestBytes(RawStan.DISCOVER, RawStan.malformed()));
      assertThat(response.getError()).isEqualTo("stan: invalid connection request");
    }
  }

  @Test
  void pubMsg() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      PubAck ack = PubAck.parseFrom(
          raw.requestBytes(RawStan.PUB_PREFIX + "." + Stan.unique("chan"), RawStan.malformed()));
      assertThat(ack.getError()).isEqualTo("stan: invalid publish request");
      assertThat(ack.getGuid()).isEmpty();
    }
  }

  @Test
  void subscriptionRequest() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      SubscriptionResponse response =
          SubscriptionResponse.parseFrom(raw.requestBytes(RawStan.SUB, RawStan.malformed()));
      assertThat(response.getError()).isEqualTo("stan: invalid subscription request");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {RawStan.UNSUB, RawStan.SUB_CLOSE})
  void unsubscribeRequest(String subject) throws Exception {
    try (RawStan raw = SERVER.raw()) {
      SubscriptionResponse response =
          SubscriptionResponse.parseFrom(raw.requestBytes(subject, RawStan.malformed()));
      assertThat(response.getError()).isEqualTo("stan: invalid unsubscribe request");
    }
  }

  @Test
  void closeRequest() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      CloseResponse response =
          CloseResponse.parseFrom(raw.requestBytes(RawStan.CLOSE, RawStan.malformed()));
      assertThat(response.getError()).isEqualTo("stan: invalid close request");
    }
  }

  @Test
  void pingIsIgnored() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      raw.expectNoReply(RawStan.PINGS, RawStan.malformed());
    }
  }

  @Test
  void ackIsIgnored() throws Exception {
    String channel = Stan.unique("chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      Received received = new Received();
      var sub = sc.subscribe(channel, received,
          Stan.options().manualAcks().maxInFlight(1).build());
      sc.publish(channel, Stan.payload(1));
      var first = received.next();
      try (RawStan raw = SERVER.raw()) {
        raw.expectNoReply(sub.getAckInbox(), RawStan.malformed());
      }
      first.ack(); // the subscription still takes acks and moves on
      sc.publish(channel, Stan.payload(2));
      assertThat(received.next().getSequence()).isEqualTo(2);
    }
  }
}
