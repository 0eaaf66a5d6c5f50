package io.jstan.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscriber that never reads is cut off as a slow consumer, without an -ERR, while the
 * publisher and other subscribers carry on (NATS.md §9).
 *
 * <p>No command-line flag sets {@code max_pending}, so the portable test relies on the defaults
 * (64 MiB pending, 10 s write deadline): it publishes well over 64 MiB to a raw-socket subscriber
 * with a small receive buffer. The Go server throttles the publisher and so usually detects the
 * write deadline first; either way the socket is closed. A second test sets a small
 * {@code max_pending} through a config file, which only nats-server reads for now.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SlowConsumerTest {

  private static final int DEFAULT_MAX_PENDING = 64 * 1024 * 1024;
  private static final int CHUNK = 512 * 1024;

  @Test
  void stuckSubscriberIsDisconnectedWithDefaultLimits() throws Exception {
    try (ServerProcess server = ServerProcess.launch()) {
      floodStuckSubscriber(server, 2L * DEFAULT_MAX_PENDING);
    }
  }

  @Test
  void stuckSubscriberIsDisconnectedPastMaxPending(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(ServerProcess.isNatsServer(),
        "needs a config file setting max_pending; jstan reads no config file yet");
    // The Go server frees a slow consumer only once its blocked socket write gives up, and
    // holds back publishers to it meanwhile: a short write deadline keeps the test quick.
    Path config = Files.writeString(dir.resolve("small-pending.conf"),
        "max_pending: 2097152\nwrite_deadline: \"2s\"\n");
    try (ServerProcess server = ServerProcess.launch("-c", config.toString())) {
      floodStuckSubscriber(server, 16L * 1024 * 1024);
    }
  }

  private static void floodStuckSubscriber(ServerProcess server, long total) throws Exception {
    try (RawConnection stuck = RawConnection.open(server, 16 * 1024);
        Connection healthy = Nats.connect(JnatsMessagingTest.options(server).build());
        Connection publisher = Nats.connect(JnatsMessagingTest.options(server).build())) {
      stuck.readInfo();
      stuck.send(RawConnection.CONNECT_QUIET + "SUB flood 1\r\nPING\r\n");
      stuck.expect("PONG");
      Subscription watcher = healthy.subscribe("side.channel");
      healthy.flush(Duration.ofSeconds(5));

      byte[] payload = new byte[CHUNK];
      java.util.Arrays.fill(payload, (byte) 'x');
      long published = 0;
      while (published < total) {
        publisher.publish("flood", payload);
        published += CHUNK;
      }
      publisher.flush(Duration.ofSeconds(20));

      // The publisher was not disconnected and others still get their messages.
      publisher.publish("side.channel", "still here".getBytes(UTF_8));
      publisher.flush(Duration.ofSeconds(5));
      Message m = watcher.nextMessage(Duration.ofSeconds(5));
      assertThat(m).isNotNull();
      assertThat(new String(m.getData(), UTF_8)).isEqualTo("still here");
      assertThat(publisher.getStatus()).isEqualTo(Connection.Status.CONNECTED);
      assertThat(healthy.getStatus()).isEqualTo(Connection.Status.CONNECTED);

      // Now read what the stuck subscriber was sent: it ends early, with no -ERR, then EOF.
      ErrScanner scanner = new ErrScanner();
      long received = stuck.drainUntilClosed(Duration.ofSeconds(20), scanner);
      assertThat(received).isLessThan(published);
      assertThat(scanner.sawErr).as("a slow consumer is closed without -ERR").isFalse();
      RawConnection.assertServerStillServes(server);
    }
  }

  /** Looks for "-ERR" at the start of a line in a byte stream made of MSG frames and 'x' payloads. */
  static final class ErrScanner implements java.util.function.Consumer<byte[]> {
    private final StringBuilder window = new StringBuilder();
    boolean sawErr;

    @Override
    public void accept(byte[] chunk) {
      for (byte b : chunk) {
        if (b == 'x') {
          window.setLength(0);
          continue;
        }
        window.append((char) b);
        if (window.length() > 64) {
          window.delete(0, window.length() - 64);
        }
        if (window.indexOf("\n-ERR") >= 0) {
          sawErr = true;
        }
      }
    }
  }
}
