package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Durable subscriptions: resume after close, identity, unsubscribe (§5.3.2, §5.3.4, §5.7, §15.7-8). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DurableSubscriptionTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  private static SubscriptionOptions durable(String name) {
    return Stan.options().durableName(name).deliverAllAvailable().manualAcks().build();
  }

  @Test
  void resumedDurableGetsUnackedMessagesRedeliveredThenContinues() throws Exception {
    String clientId = Stan.unique("client");
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection sc = SERVER.connect(clientId)) {
      Stan.publish(sc, channel, 5);
      Received first = new Received();
      Subscription sub = sc.subscribe(channel, first, durable(name));
      List<Message> messages = first.next(5);
      for (Message m : messages.subList(0, 3)) {
        m.ack();
      }
      sub.close();
      Stan.publish(sc, channel, 6, 7);

      // The start position of the resuming request is ignored.
      Received resumed = new Received();
      sc.subscribe(channel, resumed,
          Stan.options().durableName(name).startAtSequence(1).manualAcks().build());
      List<Message> again = resumed.next(4);
      assertThat(Stan.sequences(again)).containsExactly(4L, 5L, 6L, 7L);
      assertThat(again).extracting(Message::isRedelivered).containsExactly(true, true, false, false);
      resumed.expectNothing();
    }
  }

  @Test
  void durableSurvivesTheClosingOfItsConnection() throws Exception {
    String clientId = Stan.unique("client");
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection sc = SERVER.connect(clientId)) {
      Received received = new Received();
      sc.subscribe(channel, received, durable(name));
      Stan.publish(sc, channel, 3);
      for (Message m : received.next(3)) {
        m.ack(); // on the same NATS connection as the close that follows, so processed first
      }
    }
    try (StreamingConnection publisher = SERVER.connect(Stan.unique("pub"))) {
      Stan.publish(publisher, channel, 4, 5);
    }
    try (StreamingConnection sc = SERVER.connect(clientId)) {
      Received received = new Received();
      sc.subscribe(channel, received, durable(name));
      List<Message> messages = received.next(2);
      assertThat(Stan.sequences(messages)).containsExactly(4L, 5L);
      assertThat(messages).noneMatch(Message::isRedelivered);
      received.expectNothing();
    }
  }

  @Test
  void onlineDurableCannotBeRegisteredTwice() throws Exception {
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      sc.subscribe(channel, new Received(), durable(name));
      assertThatThrownBy(() -> sc.subscribe(channel, new Received(), durable(name)))
          .isInstanceOf(IOException.class)
          .hasMessage("stan: duplicate durable registration");
    }
  }

  @Test
  void sameDurableNameOfAnotherClientIsAnotherDurable() throws Exception {
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection a = SERVER.connect(Stan.unique("a"));
        StreamingConnection b = SERVER.connect(Stan.unique("b"))) {
      Received onA = new Received();
      Received onB = new Received();
      a.subscribe(channel, onA, durable(name));
      b.subscribe(channel, onB, durable(name));
      a.publish(channel, Stan.payload(1));
      assertThat(onA.next().getSequence()).isEqualTo(1);
      assertThat(onB.next().getSequence()).isEqualTo(1);
    }
  }

  @Test
  void unsubscribedDurableIsForgotten() throws Exception {
    String channel = Stan.unique("chan");
    String name = Stan.unique("dur");
    try (StreamingConnection sc = SERVER.connect(Stan.unique("client"))) {
      Stan.publish(sc, channel, 3);
      Received first = new Received();
      Subscription sub = sc.subscribe(channel, first,
          Stan.options().durableName(name).deliverAllAvailable().build());
      assertThat(first.sequences(3)).isEqualTo(Stan.range(1, 3));
      sub.unsubscribe();

      // A new durable under the same name: its own start position applies.
      Received second = new Received();
      sc.subscribe(channel, second, Stan.options().durableName(name).startAtSequence(2).build());
      assertThat(second.sequences(2)).isEqualTo(Stan.range(2, 3));
    }
  }
}
