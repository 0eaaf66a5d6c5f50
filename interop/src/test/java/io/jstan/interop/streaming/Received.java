package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.nats.streaming.Message;
import io.nats.streaming.MessageHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A message handler that queues what a subscription receives, for the test to take in order. */
final class Received implements MessageHandler {

  /** How long a test waits for a message it expects. */
  static final Duration EXPECT = Duration.ofSeconds(5);
  /** How long a test watches for a message that must not come. */
  static final Duration QUIET = Duration.ofMillis(400);

  private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();

  @Override
  public void onMessage(Message msg) {
    queue.add(msg);
  }

  /** The next message, failing if none arrives within {@link #EXPECT}. */
  Message next() throws InterruptedException {
    return next(EXPECT);
  }

  Message next(Duration within) throws InterruptedException {
    Message msg = queue.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    if (msg == null) {
      fail("no message within " + within.toMillis() + " ms");
    }
    return msg;
  }

  /** The next {@code count} messages. */
  List<Message> next(int count) throws InterruptedException {
    List<Message> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      messages.add(next());
    }
    return messages;
  }

  /** The sequences of the next {@code count} messages. */
  List<Long> sequences(int count) throws InterruptedException {
    return Stan.sequences(next(count));
  }

  /** Asserts that nothing arrives for {@link #QUIET}. */
  void expectNothing() throws InterruptedException {
    expectNothing(QUIET);
  }

  void expectNothing(Duration during) throws InterruptedException {
    Message msg = queue.poll(during.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(msg).as("unexpected message").isNull();
  }

  /**
   * Waits until the members of one queue group have together received {@code total} messages;
   * what each member got, in member order.
   */
  static List<List<Message>> split(int total, Received... members) {
    List<List<Message>> got = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      got.add(new ArrayList<>());
    }
    Awaitility.await().atMost(EXPECT).until(() -> {
      for (int i = 0; i < members.length; i++) {
        got.get(i).addAll(members[i].drain());
      }
      return got.stream().mapToInt(List::size).sum() >= total;
    });
    return got;
  }

  /** Whatever has arrived so far, without waiting. */
  List<Message> drain() {
    List<Message> messages = new ArrayList<>();
    queue.drainTo(messages);
    return messages;
  }
}
