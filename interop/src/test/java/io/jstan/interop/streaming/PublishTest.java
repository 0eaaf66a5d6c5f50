package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.protobuf.PubAck;
import io.nats.streaming.protobuf.PubMsg;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Publishing and PubAcks: sync, async, with and without connID, and refusals (§5.2, §7.1). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PublishTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  @Test
  void syncPublishesAreStoredInOrderWithConsecutiveSequences() throws Exception {
    String channel = Stan.unique("chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      for (int i = 1; i <= 5; i++) {
        sc.publish(channel, Stan.payload(i));
      }
      Received received = new Received();
      sc.subscribe(channel, received, Stan.all());
      List<Message> messages = received.next(5);
      assertThat(Stan.sequences(messages)).isEqualTo(Stan.range(1, 5));
      assertThat(messages).extracting(Stan::text).containsExactly("m1", "m2", "m3", "m4", "m5");
      assertThat(messages).allSatisfy(m -> {
        assertThat(m.getSubject()).isEqualTo(channel);
        assertThat(m.isRedelivered()).isFalse();
      });
      for (int i = 1; i < messages.size(); i++) {
        assertThat(messages.get(i).getTimestamp())
            .isGreaterThanOrEqualTo(messages.get(i - 1).getTimestamp());
      }
      // Nanoseconds since the epoch, close to now.
      long nowNanos = System.currentTimeMillis() * 1_000_000L;
      assertThat(messages.get(0).getTimestamp()).isBetween(nowNanos - 60_000_000_000L, nowNanos);
    }
  }

  @Test
  void asyncPublishesGetOnePubAckPerGuid() throws Exception {
    String channel = Stan.unique("chan");
    int count = 200;
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      Map<String, Exception> acks = new ConcurrentHashMap<>();
      CountDownLatch acked = new CountDownLatch(count);
      List<String> guids = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        guids.add(sc.publish(channel, Stan.payload(i), (guid, error) -> {
          if (error != null) {
            acks.put(guid, error);
          } else {
            acks.putIfAbsent(guid, new Exception("ok"));
          }
          acked.countDown();
        }));
      }
      assertThat(acked.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(acks.keySet()).containsExactlyInAnyOrderElementsOf(guids);
      assertThat(acks.values()).allSatisfy(e -> assertThat(e).hasMessage("ok"));

      Received received = new Received();
      sc.subscribe(channel, received, Stan.options().startAtSequence(count).build());
      assertThat(Stan.text(received.next())).isEqualTo("m" + count);
    }
  }

  @Test
  void emptyPayloadIsStored() throws Exception {
    String channel = Stan.unique("chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      sc.publish(channel, new byte[0]);
      Received received = new Received();
      sc.subscribe(channel, received, Stan.all());
      assertThat(received.next().getData()).isEmpty();
    }
  }

  @Test
  void pubMsgWithoutConnIdIsIdentifiedByClientId() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = RawStan.pubMsg(client.clientId, Stan.unique("chan"), "java style").build();
      PubAck ack = raw.publish(msg);
      assertThat(ack.getError()).isEmpty();
      assertThat(ack.getGuid()).isEqualTo(msg.getGuid());
    }
  }

  @Test
  void pubMsgWithConnIdIsAccepted() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = client.pubMsg(Stan.unique("chan"), "go style").build();
      PubAck ack = raw.publish(msg);
      assertThat(ack.getError()).isEmpty();
      assertThat(ack.getGuid()).isEqualTo(msg.getGuid());
    }
  }

  @Test
  void pubMsgWithUnknownConnIdIsRefusedEvenWithARegisteredClientId() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = RawStan.withConnId(RawStan.pubMsg(client.clientId, Stan.unique("chan"), "x"),
          RawStan.newConnId()).build();
      PubAck ack = raw.publish(msg);
      assertThat(ack.getError()).isEqualTo("stan: invalid publish request");
      assertThat(ack.getGuid()).isEqualTo(msg.getGuid());
    }
  }

  @Test
  void pubMsgFromUnknownClientIsRefused() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      PubMsg msg = RawStan.pubMsg(Stan.unique("nobody"), Stan.unique("chan"), "x").build();
      assertThat(raw.publish(msg).getError()).isEqualTo("stan: invalid publish request");
    }
  }

  @Test
  void pubMsgWithoutGuidIsRefused() throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = client.pubMsg(Stan.unique("chan"), "x").clearGuid().build();
      assertThat(raw.publish(msg).getError()).isEqualTo("stan: invalid publish request");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo.*", "foo.>", "foo*bar", "foo..bar", "foo.", ".foo", "foo/bar"})
  void pubMsgToInvalidChannelIsRefused(String channel) throws Exception {
    try (RawStan raw = SERVER.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = client.pubMsg(channel, "x").build();
      // The channel comes from PubMsg.subject; the NATS subject only has to reach the server.
      byte[] reply = raw.requestBytes(RawStan.PUB_PREFIX + ".anything", msg.toByteArray());
      PubAck ack = PubAck.parseFrom(reply);
      assertThat(ack.getError()).isEqualTo("stan: invalid publish request");
      assertThat(ack.getGuid()).isEqualTo(msg.getGuid());
    }
  }

  @Test
  void channelComesFromPubMsgNotFromTheNatsSubject() throws Exception {
    String channel = Stan.unique("chan");
    try (RawStan raw = SERVER.raw(); StreamingConnection sc = SERVER.connect(Stan.unique("sub"))) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      PubMsg msg = client.pubMsg(channel, "routed").build();
      byte[] reply = raw.requestBytes(RawStan.PUB_PREFIX + ".elsewhere", msg.toByteArray());
      assertThat(PubAck.parseFrom(reply).getError()).isEmpty();
      Received received = new Received();
      sc.subscribe(channel, received, Stan.all());
      assertThat(Stan.text(received.next())).isEqualTo("routed");
    }
  }

  @Test
  void caseConflictingChannelIsRefused() throws Exception {
    String channel = Stan.unique("Chan");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      sc.publish(channel, Stan.payload(1));
      String lower = channel.toLowerCase(Locale.ROOT);
      assertThatThrownBy(() -> sc.publish(lower, Stan.payload(2)))
          .isInstanceOf(IOException.class)
          .hasMessage("rejecting channel \"" + lower + "\" because channel \"" + channel
              + "\" alreay exists (different cases not allowed)");
    }
  }
}
