package io.jstan.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core messaging through the official Java client, jnats. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JnatsMessagingTest {

  @RegisterExtension
  static final ServerProcess SERVER = ServerProcess.withArgs();

  private static final Duration WAIT = Duration.ofSeconds(5);

  static Options.Builder options(ServerProcess server) {
    return new Options.Builder()
        .server(server.url())
        .connectionTimeout(Duration.ofSeconds(5))
        .maxReconnects(0)
        .errorListener(new io.nats.client.ErrorListener() { });
  }

  static Connection connect(ServerProcess server) throws Exception {
    return Nats.connect(options(server).build());
  }

  private static String text(Message m) {
    return new String(m.getData(), UTF_8);
  }

  @Test
  void publishAndSubscribe() throws Exception {
    try (Connection sub = connect(SERVER); Connection pub = connect(SERVER)) {
      assertThat(sub.getServerInfo().isHeadersSupported()).isTrue();
      Subscription s = sub.subscribe("greet");
      sub.flush(WAIT);
      for (int i = 0; i < 10; i++) {
        pub.publish("greet", ("hello " + i).getBytes(UTF_8));
      }
      pub.flush(WAIT);
      for (int i = 0; i < 10; i++) {
        Message m = s.nextMessage(WAIT);
        assertThat(m).isNotNull();
        assertThat(m.getSubject()).isEqualTo("greet");
        assertThat(text(m)).isEqualTo("hello " + i);
      }
      assertThat(s.nextMessage(Duration.ofMillis(100))).isNull();
    }
  }

  @Test
  void wildcards() throws Exception {
    try (Connection nc = connect(SERVER)) {
      Subscription star = nc.subscribe("w.*.c");
      Subscription tail = nc.subscribe("w.>");
      nc.flush(WAIT);
      nc.publish("w.b.c", "1".getBytes(UTF_8));
      nc.publish("w.b.c.d", "2".getBytes(UTF_8));
      nc.publish("w", "3".getBytes(UTF_8));
      nc.flush(WAIT);

      assertThat(text(star.nextMessage(WAIT))).isEqualTo("1");
      assertThat(star.nextMessage(Duration.ofMillis(100))).isNull();
      Message first = tail.nextMessage(WAIT);
      Message second = tail.nextMessage(WAIT);
      assertThat(List.of(first.getSubject(), second.getSubject())).containsExactly("w.b.c", "w.b.c.d");
      assertThat(tail.nextMessage(Duration.ofMillis(100))).isNull();
    }
  }

  @Test
  void queueGroupsDeliverEachMessageToOneMemberPerGroupAndToEveryPlainSubscriber() throws Exception {
    int count = 60;
    try (Connection a = connect(SERVER); Connection b = connect(SERVER); Connection pub = connect(SERVER)) {
      AtomicInteger workersA = new AtomicInteger();
      AtomicInteger workersB = new AtomicInteger();
      AtomicInteger auditors = new AtomicInteger();
      AtomicInteger plain = new AtomicInteger();
      Dispatcher da = a.createDispatcher();
      Dispatcher db = b.createDispatcher();
      da.subscribe("jobs", "workers", m -> workersA.incrementAndGet());
      db.subscribe("jobs", "workers", m -> workersB.incrementAndGet());
      da.subscribe("jobs", "auditors", m -> auditors.incrementAndGet());
      db.subscribe("jobs", "auditors", m -> auditors.incrementAndGet());
      da.subscribe("jobs", m -> plain.incrementAndGet());
      db.subscribe("jobs", m -> plain.incrementAndGet());
      a.flush(WAIT);
      b.flush(WAIT);
      for (int i = 0; i < count; i++) {
        pub.publish("jobs", new byte[] {(byte) i});
      }
      pub.flush(WAIT);
      await().atMost(WAIT).untilAsserted(() -> {
        assertThat(workersA.get() + workersB.get()).isEqualTo(count);
        assertThat(auditors.get()).isEqualTo(count);
        assertThat(plain.get()).isEqualTo(2 * count);
      });
      // A round-trip on each subscriber shows nothing more is on its way.
      a.flush(WAIT);
      b.flush(WAIT);
      assertThat(workersA.get() + workersB.get()).isEqualTo(count);
      assertThat(auditors.get()).isEqualTo(count);
    }
  }

  @Test
  void requestReply() throws Exception {
    try (Connection service = connect(SERVER); Connection client = connect(SERVER)) {
      Dispatcher d = service.createDispatcher(m -> service.publish(m.getReplyTo(), ("re: " + text(m)).getBytes(UTF_8)));
      d.subscribe("echo.svc");
      service.flush(WAIT);
      for (int i = 0; i < 5; i++) {
        Message reply = client.request("echo.svc", ("ping " + i).getBytes(UTF_8), WAIT);
        assertThat(reply).isNotNull();
        assertThat(text(reply)).isEqualTo("re: ping " + i);
      }
    }
  }

  @Test
  void headersRoundTrip() throws Exception {
    try (Connection nc = connect(SERVER)) {
      Subscription s = nc.subscribe("with.headers");
      nc.flush(WAIT);
      Headers headers = new Headers().add("Trace-Id", "abc-123").add("Multi", "one", "two");
      nc.publish(NatsMessage.builder().subject("with.headers").headers(headers).data("body", UTF_8).build());
      Message m = s.nextMessage(WAIT);
      assertThat(m.hasHeaders()).isTrue();
      assertThat(m.getHeaders().getFirst("Trace-Id")).isEqualTo("abc-123");
      assertThat(m.getHeaders().get("Multi")).containsExactly("one", "two");
      assertThat(text(m)).isEqualTo("body");
    }
  }

  @Test
  void requestWithoutRespondersFailsFast() throws Exception {
    try (Connection nc = Nats.connect(options(SERVER).reportNoResponders().build())) {
      long start = System.nanoTime();
      CompletableFuture<Message> future = nc.request("nobody.home", "?".getBytes(UTF_8));
      assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause().isInstanceOf(io.nats.client.JetStreamStatusException.class)
          .hasMessageContaining("503");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void requestWithoutRespondersIsCancelledByDefault() throws Exception {
    try (Connection nc = connect(SERVER)) {
      CompletableFuture<Message> future = nc.request("nobody.home", "?".getBytes(UTF_8));
      assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
    }
  }

  @Test
  void unsubscribeWithMax() throws Exception {
    try (Connection nc = connect(SERVER)) {
      Subscription s = nc.subscribe("limited");
      s.unsubscribe(3);
      nc.flush(WAIT);
      for (int i = 0; i < 5; i++) {
        nc.publish("limited", new byte[] {(byte) i});
      }
      nc.flush(WAIT);
      List<Integer> got = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        got.add((int) s.nextMessage(WAIT).getData()[0]);
      }
      assertThat(got).containsExactly(0, 1, 2);
      await().atMost(WAIT).until(() -> !s.isActive());
    }
  }

  @Test
  void noEchoSkipsOwnMessages() throws Exception {
    try (Connection self = Nats.connect(options(SERVER).noEcho().build()); Connection other = connect(SERVER)) {
      Subscription mine = self.subscribe("echo.test");
      Subscription theirs = other.subscribe("echo.test");
      self.flush(WAIT);
      other.flush(WAIT);
      self.publish("echo.test", "x".getBytes(UTF_8));
      self.flush(WAIT);
      assertThat(theirs.nextMessage(WAIT)).isNotNull();
      assertThat(mine.nextMessage(Duration.ofMillis(200))).isNull();
    }
  }

  @Test
  void maxPayloadIsAdvertisedAndEnforcedByTheClient() throws Exception {
    try (Connection nc = connect(SERVER)) {
      long max = nc.getMaxPayload();
      assertThat(max).isEqualTo(1_048_576L);
      Subscription s = nc.subscribe("big");
      nc.flush(WAIT);
      nc.publish("big", new byte[(int) max]);
      assertThat(s.nextMessage(WAIT).getData()).hasSize((int) max);
      assertThatThrownBy(() -> nc.publish("big", new byte[(int) max + 1]))
          .isInstanceOf(IllegalArgumentException.class);
      nc.flush(WAIT);
      assertThat(nc.getStatus()).isEqualTo(Connection.Status.CONNECTED);
    }
  }
}
