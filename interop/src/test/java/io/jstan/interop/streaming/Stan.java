package io.jstan.interop.streaming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.SubscriptionOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

/** Small shared helpers for the streaming tests: names, publishing, sequences. */
final class Stan {

  private static final AtomicInteger NAMES = new AtomicInteger();

  private Stan() {
  }

  /** A name no other test of this run uses, valid as client ID, channel and durable name. */
  static String unique(String prefix) {
    return prefix + "-" + NAMES.incrementAndGet() + "-" + ProcessHandle.current().pid();
  }

  static byte[] payload(int i) {
    return ("m" + i).getBytes(UTF_8);
  }

  static String text(Message msg) {
    return new String(msg.getData(), UTF_8);
  }

  /** Publishes payloads m1..m{count} asynchronously and waits for every PubAck. */
  static void publish(StreamingConnection sc, String channel, int count) throws Exception {
    publish(sc, channel, 1, count);
  }

  /** Publishes payloads m{from}..m{to} asynchronously and waits for every PubAck. */
  static void publish(StreamingConnection sc, String channel, int from, int to) throws Exception {
    CountDownLatch acked = new CountDownLatch(to - from + 1);
    AtomicReference<Exception> error = new AtomicReference<>();
    for (int i = from; i <= to; i++) {
      sc.publish(channel, payload(i), (guid, e) -> {
        if (e != null) {
          error.compareAndSet(null, e);
        }
        acked.countDown();
      });
    }
    assertThat(acked.await(10, TimeUnit.SECONDS)).as("all PubAcks received").isTrue();
    assertThat(error.get()).as("publish error").isNull();
  }

  /**
   * Closes a client whose NATS connection has reconnected. The Java streaming client's own
   * requests after a reconnect sometimes never leave its connection (a NATS server trace shows
   * no PUB from it), which is the client library's business: a close that times out there says
   * nothing about the streaming server.
   */
  static void closeAfterReconnect(StreamingConnection sc) {
    try {
      sc.close();
    } catch (Exception e) {
      // see above
    }
  }

  /** Acks a manually acknowledged message, for use in lambdas. */
  static void ack(Message msg) {
    try {
      msg.ack();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Long> sequences(List<Message> messages) {
    return messages.stream().map(Message::getSequence).toList();
  }

  /** The sequences from..to inclusive. */
  static List<Long> range(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().toList();
  }

  static SubscriptionOptions.Builder options() {
    return new SubscriptionOptions.Builder();
  }

  static SubscriptionOptions all() {
    return options().deliverAllAvailable().build();
  }
}
