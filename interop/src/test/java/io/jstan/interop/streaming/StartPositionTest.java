package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every start position of a new subscription against a channel holding m1..m5, with a pause
 * between m3 and m4 so that a start time can fall between them (§2.4, §5.3.3).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StartPositionTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  private static final Duration GAP = Duration.ofMillis(300);

  private static StreamingConnection sc;
  private static String channel;
  private static long timestampOfM4;

  @BeforeAll
  static void fillChannel() throws Exception {
    sc = SERVER.connect(Stan.unique("client"));
    channel = Stan.unique("chan");
    Stan.publish(sc, channel, 1, 3);
    Thread.sleep(GAP.toMillis()); // a real gap between timestamps; nothing to wait on
    Stan.publish(sc, channel, 4, 5);
    Received received = new Received();
    Subscription probe = sc.subscribe(channel, received, Stan.options().startAtSequence(4).build());
    timestampOfM4 = received.next().getTimestamp();
    probe.unsubscribe();
  }

  @AfterAll
  static void closeClient() throws Exception {
    if (sc != null) {
      sc.close();
    }
  }

  @Test
  void newOnlyIsTheDefaultAndSkipsStoredMessages() throws Exception {
    Received received = subscribe(channel, Stan.options().build());
    received.expectNothing();
    String other = Stan.unique("chan");
    Received onOther = subscribe(other, Stan.options().build());
    sc.publish(other, Stan.payload(1));
    assertThat(onOther.next().getSequence()).isEqualTo(1);
  }

  @Test
  void lastReceivedStartsWithTheNewestMessage() throws Exception {
    Received received = subscribe(channel, Stan.options().startWithLastReceived().build());
    Message last = received.next();
    assertThat(last.getSequence()).isEqualTo(5);
    assertThat(Stan.text(last)).isEqualTo("m5");
    received.expectNothing();
  }

  @Test
  void lastReceivedOnAnEmptyChannelWaitsForTheFirstMessage() throws Exception {
    String empty = Stan.unique("chan");
    Received received = subscribe(empty, Stan.options().startWithLastReceived().build());
    received.expectNothing();
    sc.publish(empty, Stan.payload(1));
    assertThat(received.next().getSequence()).isEqualTo(1);
  }

  @Test
  void deliverAllAvailableStartsWithTheFirstMessage() throws Exception {
    Received received = subscribe(channel, Stan.all());
    assertThat(received.sequences(5)).isEqualTo(Stan.range(1, 5));
    received.expectNothing();
  }

  @Test
  void sequenceStartWithinTheRange() throws Exception {
    Received received = subscribe(channel, Stan.options().startAtSequence(3).build());
    assertThat(received.sequences(3)).isEqualTo(Stan.range(3, 5));
    received.expectNothing();
  }

  @Test
  void sequenceStartBelowTheFirstIsClampedToTheFirst() throws Exception {
    Received received = subscribe(channel, Stan.options().startAtSequence(0).build());
    assertThat(received.sequences(5)).isEqualTo(Stan.range(1, 5));
  }

  @Test
  void sequenceStartBeyondTheLastBehavesLikeNewOnly() throws Exception {
    String own = Stan.unique("chan");
    Stan.publish(sc, own, 2);
    Received received = subscribe(own, Stan.options().startAtSequence(100).build());
    received.expectNothing();
    sc.publish(own, Stan.payload(3));
    assertThat(received.next().getSequence()).isEqualTo(3);
  }

  @Test
  void timeDeltaCoveringEverythingDeliversAll() throws Exception {
    Received received = subscribe(channel, Stan.options().startAtTimeDelta(Duration.ofHours(1)).build());
    assertThat(received.sequences(5)).isEqualTo(Stan.range(1, 5));
  }

  @Test
  void startTimeBetweenTwoMessagesStartsWithTheLaterOne() throws Exception {
    Instant between = Instant.EPOCH.plusNanos(timestampOfM4).minus(GAP.dividedBy(2));
    Received received = subscribe(channel, Stan.options().startAtTime(between).build());
    assertThat(received.sequences(2)).isEqualTo(List.of(4L, 5L));
    received.expectNothing();
  }

  // A start time in the future gives a negative delta; upstream does not check its sign
  // (not checked against a real server).
  @Test
  void startTimeAfterEveryMessageWaitsForNewOnes() throws Exception {
    String own = Stan.unique("chan");
    Stan.publish(sc, own, 2);
    Received received = subscribe(own,
        Stan.options().startAtTime(Instant.now().plusSeconds(3600)).build());
    received.expectNothing();
    sc.publish(own, Stan.payload(3));
    assertThat(received.next().getSequence()).isEqualTo(3);
  }

  private static Received subscribe(String channel, SubscriptionOptions options) throws Exception {
    Received received = new Received();
    sc.subscribe(channel, received, options);
    return received;
  }
}
