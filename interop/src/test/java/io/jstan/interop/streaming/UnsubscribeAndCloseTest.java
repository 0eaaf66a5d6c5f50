package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.protobuf.CloseRequest;
import io.nats.streaming.protobuf.SubscriptionResponse;
import io.nats.streaming.protobuf.UnsubscribeRequest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unsubscribe versus subscription close, and the requests the server refuses (§5.7). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnsubscribeAndCloseTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  @Test
  void unsubscribedPlainSubscriptionGetsNothingMore() throws Exception {
    String channel = Stan.unique("chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      Received received = new Received();
      Subscription sub = sc.subscribe(channel, received);
      sc.publish(channel, Stan.payload(1));
      assertThat(received.next().getSequence()).isEqualTo(1);
      sub.unsubscribe();
      sc.publish(channel, Stan.payload(2));
      received.expectNothing();
      assertThatThrownBy(sub::unsubscribe).hasMessage("stan: invalid subscription");
    }
  }

  @Test
  void closedDurableResumesButUnsubscribedDurableStartsOver() throws Exception {
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      Stan.publish(sc, channel, 2);
      Received received = new Received();
      Subscription sub = sc.subscribe(channel, received,
          Stan.options().durableName(name).manualAcks().deliverAllAvailable().build());
      received.next(2).forEach(Stan::ack);
      sub.close();

      Received resumed = new Received();
      sub = sc.subscribe(channel, resumed,
          Stan.options().durableName(name).manualAcks().deliverAllAvailable().build());
      resumed.expectNothing();
      sub.unsubscribe();

      Received restarted = new Received();
      sc.subscribe(channel, restarted,
          Stan.options().durableName(name).manualAcks().deliverAllAvailable().build());
      assertThat(restarted.sequences(2)).isEqualTo(Stan.range(1, 2));
    }
  }

  @Test
  void javaClientAddsItsOwnPrefixToUnsubscribeErrors() throws Exception {
    String clientId = Stan.unique("client");
    StreamingConnection sc = SERVER.connect(clientId);
    Subscription sub = sc.subscribe(Stan.unique("chan"), new Received());
    try (RawStan raw = SERVER.raw()) {
      raw.requestBytes(RawStan.CLOSE,
          CloseRequest.newBuilder().setClientID(clientId).build().toByteArray());
    }
    // The server sends "stan: invalid subscription"; Java 2.2.3 prefixes "stan: " once more.
    assertThatThrownBy(sub::unsubscribe)
        .isInstanceOf(IOException.class)
        .hasMessage("stan: stan: invalid subscription");
    assertThatThrownBy(sc::close).isInstanceOf(IOException.class).hasMessage("stan: unknown clientID");
  }

  @ParameterizedTest
  @ValueSource(strings = {RawStan.UNSUB, RawStan.SUB_CLOSE})
  void refusals(String subject) throws Exception {
    String channel = Stan.unique("chan");
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client owner = raw.register(Stan.unique("owner"));
      RawStan.Client other = raw.register(Stan.unique("other"));
      SubscriptionResponse sub = raw.subscribe(
          RawStan.subRequest(owner.clientId, channel, raw.inbox()).build());
      assertThat(sub.getError()).isEmpty();
      UnsubscribeRequest valid = UnsubscribeRequest.newBuilder().setClientID(owner.clientId)
          .setSubject(channel).setInbox(sub.getAckInbox()).build();

      assertThat(raw.unsubscribe(subject, valid.toBuilder().setSubject(Stan.unique("none")).build())
          .getError()).isEqualTo("stan: unknown channel");
      assertThat(raw.unsubscribe(subject, valid.toBuilder().setInbox(raw.inbox()).build())
          .getError()).isEqualTo("stan: invalid subscription");
      assertThat(raw.unsubscribe(subject, valid.toBuilder().setClientID(other.clientId).build())
          .getError()).isEqualTo("stan: unknown clientID");

      byte[] ok = raw.requestBytes(subject, valid.toByteArray());
      assertThat(ok).isEmpty();
      assertThat(raw.unsubscribe(subject, valid).getError()).isEqualTo("stan: invalid subscription");
    }
  }

  @Test
  void unsubscribeFindsTheSubscriptionByDeliveryInboxToo() throws Exception {
    String channel = Stan.unique("chan");
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client owner = raw.register(Stan.unique("owner"));
      String inbox = raw.inbox();
      assertThat(raw.subscribe(RawStan.subRequest(owner.clientId, channel, inbox).build())
          .getError()).isEmpty();
      UnsubscribeRequest byInbox = UnsubscribeRequest.newBuilder().setClientID(owner.clientId)
          .setSubject(channel).setInbox(inbox).build();
      assertThat(raw.unsubscribe(RawStan.SUB_CLOSE, byInbox).getError()).isEmpty();
    }
  }
}
