package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Queue groups, plain and durable: distribution, one copy per group, members leaving, the
 * group's lifetime (§5.3.2, §5.7, §8.1-8.4, §15.7-10).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class QueueSubscriptionTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  /** Far longer than any wait of these tests: a redelivery seen here is not an ack timeout. */
  private static final Duration LONG_ACK_WAIT = Duration.ofSeconds(30);

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

  private static SubscriptionOptions manual() {
    return Stan.options().manualAcks().ackWait(LONG_ACK_WAIT).deliverAllAvailable().build();
  }

  private static SubscriptionOptions durableManual(String durable) {
    return Stan.options().durableName(durable).manualAcks().ackWait(LONG_ACK_WAIT)
        .deliverAllAvailable().build();
  }

  private static void ack(List<Message> messages) throws IOException {
    for (Message m : messages) {
      m.ack();
    }
  }

  private static List<Long> allSequences(List<List<Message>> split) {
    List<Long> all = new ArrayList<>();
    split.forEach(part -> all.addAll(Stan.sequences(part)));
    return all;
  }

  @Test
  void membersShareTheMessages() throws Exception {
    Received a = new Received();
    Received b = new Received();
    sc.subscribe(channel, "workers", a);
    sc.subscribe(channel, "workers", b);
    Stan.publish(sc, channel, 20);
    List<List<Message>> split = Received.split(20, a, b);
    assertThat(split).allSatisfy(part -> assertThat(part).isNotEmpty());
    assertThat(allSequences(split)).containsExactlyInAnyOrderElementsOf(Stan.range(1, 20));
    a.expectNothing();
    b.expectNothing();
  }

  @Test
  void eachGroupAndEachPlainSubscriberGetsOneCopy() throws Exception {
    Received g1a = new Received();
    Received g1b = new Received();
    Received g2 = new Received();
    Received plain = new Received();
    sc.subscribe(channel, "g1", g1a);
    sc.subscribe(channel, "g1", g1b);
    sc.subscribe(channel, "g2", g2);
    sc.subscribe(channel, plain);
    Stan.publish(sc, channel, 10);
    assertThat(allSequences(Received.split(10, g1a, g1b)))
        .containsExactlyInAnyOrderElementsOf(Stan.range(1, 10));
    assertThat(g2.sequences(10)).isEqualTo(Stan.range(1, 10));
    assertThat(plain.sequences(10)).isEqualTo(Stan.range(1, 10));
    g1a.expectNothing();
    g1b.expectNothing();
    g2.expectNothing();
  }

  @Test
  void laterMemberIgnoresItsStartPosition() throws Exception {
    Stan.publish(sc, channel, 3);
    Received first = new Received();
    sc.subscribe(channel, "g", first, manual());
    assertThat(first.sequences(3)).isEqualTo(Stan.range(1, 3));
    Received later = new Received();
    sc.subscribe(channel, "g", later, Stan.all());
    later.expectNothing();
  }

  @Test
  void leavingMemberHandsItsUnackedMessagesToTheOthers() throws Exception {
    Received leaving = new Received();
    Subscription sub = sc.subscribe(channel, "g", leaving, manual());
    Stan.publish(sc, channel, 3);
    assertThat(leaving.sequences(3)).isEqualTo(Stan.range(1, 3));

    Received staying = new Received();
    sc.subscribe(channel, "g", staying, manual());
    sub.close();
    // Redistributed within about 100 ms, long before the ack wait.
    List<Message> handed = staying.next(3);
    assertThat(Stan.sequences(handed)).containsExactly(1L, 2L, 3L);
    assertThat(handed).allMatch(Message::isRedelivered);
    ack(handed);

    sc.publish(channel, Stan.payload(4));
    Message fourth = staying.next();
    assertThat(fourth.getSequence()).isEqualTo(4);
    assertThat(fourth.isRedelivered()).isFalse();
  }

  @Test
  void closedDurableGroupResumesWhereItStoppedWithAnyClient() throws Exception {
    String durable = Stan.unique("dur");
    Received member = new Received();
    Subscription sub = sc.subscribe(channel, "g", member, durableManual(durable));
    Stan.publish(sc, channel, 4);
    List<Message> got = member.next(4);
    ack(got.subList(0, 2));
    sub.close(); // the last member closes: the group goes offline with its pending messages
    Stan.publish(sc, channel, 5, 6);

    try (StreamingConnection other = SERVER.connect(Stan.unique("other"))) {
      Received resumed = new Received();
      other.subscribe(channel, "g", resumed, Stan.options().durableName(durable)
          .manualAcks().ackWait(LONG_ACK_WAIT).startWithLastReceived().build());
      List<Message> again = resumed.next(4);
      assertThat(Stan.sequences(again)).containsExactly(3L, 4L, 5L, 6L);
      assertThat(again).extracting(Message::isRedelivered).containsExactly(true, true, false, false);
      resumed.expectNothing();
    }
  }

  @Test
  void unsubscribingTheLastDurableMemberRemovesTheGroup() throws Exception {
    String durable = Stan.unique("dur");
    Received member = new Received();
    Subscription sub = sc.subscribe(channel, "g", member, durableManual(durable));
    Stan.publish(sc, channel, 3);
    ack(member.next(3));
    sub.unsubscribe();
    sc.publish(channel, Stan.payload(4));

    // A new group of the same name: its start position applies again.
    Received fresh = new Received();
    sc.subscribe(channel, "g", fresh, durableManual(durable));
    assertThat(fresh.sequences(4)).isEqualTo(Stan.range(1, 4));
  }

  @Test
  void unsubscribingANonLastDurableMemberKeepsTheGroup() throws Exception {
    String durable = Stan.unique("dur");
    Received a = new Received();
    Received b = new Received();
    Subscription subA = sc.subscribe(channel, "g", a, durableManual(durable));
    Subscription subB = sc.subscribe(channel, "g", b, durableManual(durable));
    Stan.publish(sc, channel, 4);
    List<List<Message>> split = Received.split(4, a, b);
    ack(split.get(0));
    ack(split.get(1));
    subA.unsubscribe();
    subB.close();
    sc.publish(channel, Stan.payload(5));

    Received c = new Received();
    sc.subscribe(channel, "g", c, durableManual(durable));
    Message next = c.next();
    assertThat(next.getSequence()).isEqualTo(5);
    assertThat(next.isRedelivered()).isFalse();
    c.expectNothing();
  }

  @Test
  void durableQueueNameMustNotContainAColon() {
    assertThatThrownBy(() -> sc.subscribe(channel, "g", new Received(),
            Stan.options().durableName("bad:name").build()))
        .isInstanceOf(IOException.class)
        .hasMessage("stan: durable name of a durable queue subscriber can't contain the character ':'");
  }
}
