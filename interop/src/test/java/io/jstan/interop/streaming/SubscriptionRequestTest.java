package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.SubscriptionOptions;
import io.nats.streaming.protobuf.MsgProto;
import io.nats.streaming.protobuf.StartPosition;
import io.nats.streaming.protobuf.SubscriptionRequest;
import io.nats.streaming.protobuf.SubscriptionResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of SubscriptionRequests and the SubscriptionResponse itself (§5.3.1, §5.3.5, §15.1, §15.6). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SubscriptionRequestTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  private static StreamingConnection sc;

  @BeforeAll
  static void connect() throws Exception {
    sc = SERVER.connect(Stan.unique("client"));
  }

  @AfterAll
  static void close() throws Exception {
    if (sc != null) {
      sc.close();
    }
  }

  private static void assertRefused(SubscriptionOptions options, String error) {
    assertThatThrownBy(() -> sc.subscribe(Stan.unique("chan"), new Received(), options))
        .isInstanceOf(IOException.class)
        .hasMessage(error);
  }

  @Test
  void ackWaitBelowOneSecondIsRefused() {
    // The Java client truncates to whole seconds: 0.5 s is sent as 0.
    assertRefused(Stan.options().ackWait(Duration.ofMillis(500)).build(),
        "stan: invalid ack wait time, should be >= 1s");
  }

  @Test
  void maxInFlightBelowOneIsRefused() {
    assertRefused(Stan.options().maxInFlight(0).build(), "stan: invalid MaxInflight, should be >= 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo.*", "foo.>", ">", "foo*bar", "foo..bar", "foo.", ".foo", "foo/bar"})
  void invalidChannelIsRefused(String channel) {
    assertThatThrownBy(() -> sc.subscribe(channel, new Received()))
        .isInstanceOf(IOException.class)
        .hasMessage("stan: invalid subject");
  }

  @Test
  void rawRequestsAreCheckedInOrder() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      String channel = Stan.unique("chan");
      SubscriptionRequest valid = RawStan.subRequest(client.clientId, channel, raw.inbox()).build();

      assertError(raw, valid.toBuilder().clearClientID().setAckWaitInSecs(0).build(),
          "stan: clientID missing");
      assertError(raw, valid.toBuilder().setAckWaitInSecs(0).setMaxInFlight(0).build(),
          "stan: invalid ack wait time, should be >= 1s");
      assertError(raw, valid.toBuilder().setMaxInFlight(-1).setStartPositionValue(5).build(),
          "stan: invalid MaxInflight, should be >= 1");
      assertError(raw, valid.toBuilder().setStartPositionValue(5).setSubject("a.*").build(),
          "stan: invalid start position");
      assertError(raw, valid.toBuilder().setSubject("a.*").setClientID(Stan.unique("nobody")).build(),
          "stan: invalid subject");
      assertError(raw, valid.toBuilder().setClientID(Stan.unique("nobody")).build(),
          "stan: unknown clientID");
      assertError(raw, valid.toBuilder().setQGroup("g").setDurableName("a:b").build(),
          "stan: durable name of a durable queue subscriber can't contain the character ':'");
    }
  }

  @Test
  void subscribeCanCreateTheChannelButCaseConflictsAreRefused() throws Exception {
    String channel = Stan.unique("Chan");
    sc.subscribe(channel, new Received());
    String lower = channel.toLowerCase(Locale.ROOT);
    assertThatThrownBy(() -> sc.subscribe(lower, new Received()))
        .isInstanceOf(IOException.class)
        .hasMessage("rejecting channel \"" + lower + "\" because channel \"" + channel
            + "\" alreay exists (different cases not allowed)");
  }

  @Test
  void responseUsesFieldTwoForTheAckInboxAndFieldThreeForTheError() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      byte[] ok = raw.requestBytes(RawStan.SUB,
          RawStan.subRequest(client.clientId, Stan.unique("chan"), raw.inbox()).build().toByteArray());
      assertThat(ok[0]).as("tag of field 2, length-delimited").isEqualTo((byte) 0x12);
      assertThat(SubscriptionResponse.parseFrom(ok).getAckInbox()).isNotEmpty();

      byte[] refused = raw.requestBytes(RawStan.SUB, RawStan.subRequest(client.clientId,
          Stan.unique("chan"), raw.inbox()).setMaxInFlight(0).build().toByteArray());
      assertThat(refused[0]).as("tag of field 3, length-delimited").isEqualTo((byte) 0x1a);
      assertThat(SubscriptionResponse.parseFrom(refused).getAckInbox()).isEmpty();
    }
  }

  @Test
  void responseArrivesBeforeTheFirstMessage() throws Exception {
    String channel = Stan.unique("chan");
    Stan.publish(sc, channel, 3);
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      // One NATS subscription for both inboxes keeps their arrival order.
      String prefix = raw.inbox();
      Subscription both = raw.nats().subscribe(prefix + ".>");
      raw.nats().publish(RawStan.SUB, prefix + ".reply", RawStan.subRequest(client.clientId,
          channel, prefix + ".deliver").setStartPosition(StartPosition.First).build().toByteArray());

      Message first = both.nextMessage(Received.EXPECT);
      assertThat(first).isNotNull();
      assertThat(first.getSubject()).isEqualTo(prefix + ".reply");
      assertThat(SubscriptionResponse.parseFrom(first.getData()).getError()).isEmpty();
      for (long seq = 1; seq <= 3; seq++) {
        Message msg = both.nextMessage(Received.EXPECT);
        assertThat(msg).isNotNull();
        assertThat(msg.getSubject()).isEqualTo(prefix + ".deliver");
        assertThat(msg.getReplyTo()).isNull();
        assertThat(MsgProto.parseFrom(msg.getData()).getSequence()).isEqualTo(seq);
      }
    }
  }

  private static void assertError(RawStan raw, SubscriptionRequest request, String error)
      throws Exception {
    assertThat(raw.subscribe(request).getError()).isEqualTo(error);
  }
}
