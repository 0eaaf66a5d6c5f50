package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.streaming.protobuf.MsgProto;
import io.nats.streaming.protobuf.Ping;
import io.nats.streaming.protobuf.PingResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Server-to-client heartbeats with short intervals set by flags: a client that stops answering
 * gets no ack-timeout redeliveries on its plain subscriptions, and is closed after too many
 * failures (§5.9, §8.6, §15.12).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HeartbeatTest {

  private static final Duration WITHIN = Duration.ofSeconds(5);

  @Test
  void silentClientGetsNoRedeliveriesUntilItAnswersAgain() throws Exception {
    try (StanServer server = StanServer.launch("-hbi", "250ms", "-hbt", "250ms", "-hbf", "1000");
        RawStan raw = server.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      client.answering.set(false);
      // The second request comes after the first went unanswered: the client is failing.
      assertThat(client.awaitHeartbeats(2, WITHIN)).isTrue();

      String channel = Stan.unique("chan");
      String inbox = raw.inbox();
      Subscription deliveries = raw.nats().subscribe(inbox);
      assertThat(raw.subscribe(RawStan.subRequest(client.clientId, channel, inbox)
          .setAckWaitInSecs(1).build()).getError()).isEmpty();
      assertThat(raw.publish(client.pubMsg(channel, "x").build()).getError()).isEmpty();
      MsgProto first = MsgProto.parseFrom(deliveries.nextMessage(WITHIN).getData());
      assertThat(first.getRedelivered()).isFalse();

      // Two and a half ack waits without a redelivery.
      assertThat(deliveries.nextMessage(Duration.ofMillis(2500))).isNull();

      client.answering.set(true);
      Message again = deliveries.nextMessage(WITHIN);
      assertThat(again).isNotNull();
      MsgProto redelivered = MsgProto.parseFrom(again.getData());
      assertThat(redelivered.getSequence()).isEqualTo(1);
      assertThat(redelivered.getRedelivered()).isTrue();
      // redeliveryCount (field 7) is unknown to the Java client's schema.
      assertThat(redelivered.getUnknownFields().getField(RawStan.MSG_PROTO_REDELIVERY_COUNT)
          .getVarintList()).containsExactly(1L);
    }
  }

  @Test
  void clientThatNeverAnswersIsClosed() throws Exception {
    try (StanServer server = StanServer.launch("-hbi", "200ms", "-hbt", "200ms", "-hbf", "2");
        RawStan raw = server.raw()) {
      RawStan.Client client = raw.register(Stan.unique("client"));
      client.answering.set(false);
      byte[] ping = Ping.newBuilder().setConnID(client.connId).build().toByteArray();
      Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
          !PingResponse.parseFrom(raw.requestBytes(RawStan.PINGS, ping)).getError().isEmpty());
      assertThat(PingResponse.parseFrom(raw.requestBytes(RawStan.PINGS, ping)).getError())
          .isEqualTo(DuplicateClientTest.REPLACED);
      // The client ID is free: a new registration needs no probe of the old one.
      raw.register(client.clientId);
    }
  }
}
