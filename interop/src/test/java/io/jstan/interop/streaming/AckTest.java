package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Manual acks, ack-wait redelivery and the MaxInFlight cap (§5.4-5.6, §8.5). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AckTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  /** The shortest ack wait a client can ask for. */
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private StreamingConnection sc;
  private String channel;

  @BeforeEach
  void connect() throws Exception {
    sc = SERVER.connect(Stan.unique("client"));
    channel = Stan.unique("chan");
  }

  @AfterEach
  void close() throws Exception {
    sc.close();
  }

  @Test
  void unackedMessageIsRedeliveredAfterTheAckWaitAndAckedOneIsNot() throws Exception {
    Received received = new Received();
    sc.subscribe(channel, received,
        Stan.options().manualAcks().ackWait(ONE_SECOND).deliverAllAvailable().build());
    Stan.publish(sc, channel, 2);
    List<Message> first = received.next(2);
    assertThat(first).noneMatch(Message::isRedelivered);
    long sentAt = System.nanoTime();
    first.get(0).ack();

    Message again = received.next(Duration.ofSeconds(4));
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentAt);
    assertThat(again.getSequence()).isEqualTo(2);
    assertThat(again.isRedelivered()).isTrue();
    assertThat(waitedMillis).isGreaterThanOrEqualTo(800);
    again.ack();
    received.expectNothing(Duration.ofMillis(1500));
  }

  @Test
  void maxInFlightStallsTheSubscriptionUntilAnAck() throws Exception {
    Received received = new Received();
    sc.subscribe(channel, received,
        Stan.options().manualAcks().maxInFlight(3).deliverAllAvailable().build());
    Stan.publish(sc, channel, 10);
    List<Message> first = received.next(3);
    assertThat(Stan.sequences(first)).containsExactly(1L, 2L, 3L);
    received.expectNothing();

    first.get(1).ack();
    Message fourth = received.next();
    assertThat(fourth.getSequence()).isEqualTo(4);
    received.expectNothing();

    first.get(0).ack();
    first.get(2).ack();
    fourth.ack();
    List<Message> rest = received.next(3);
    assertThat(Stan.sequences(rest)).containsExactly(5L, 6L, 7L);
    assertThat(rest).noneMatch(Message::isRedelivered);
  }

  @Test
  void autoAckKeepsTheSubscriptionFlowingPastMaxInFlight() throws Exception {
    Received received = new Received();
    sc.subscribe(channel, received, Stan.options().maxInFlight(1).deliverAllAvailable().build());
    Stan.publish(sc, channel, 50);
    assertThat(received.sequences(50)).isEqualTo(Stan.range(1, 50));
  }
}
