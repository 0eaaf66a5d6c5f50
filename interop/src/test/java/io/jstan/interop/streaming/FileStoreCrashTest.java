package io.jstan.interop.streaming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code file_sync} on, a PubAck means the message is on disk: the server is killed with
 * SIGKILL while a client publishes asynchronously, and every acknowledged message must be back
 * after the restart, in order, with contiguous sequences and intact payloads.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FileStoreCrashTest {

  private static final int ROUNDS = 3;
  private static final int ACKED_BEFORE_KILL = 2_000;

  @TempDir
  Path dir;

  @Test
  void everyAcknowledgedMessageSurvivesAKill() throws Exception {
    String channel = Stan.unique("crash");
    long stored = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      try (StanServer server = StanServer.launch("-st", "FILE", "-dir", dir.toString(), "--file_sync=true")) {
        ConcurrentSkipListSet<Integer> acked = publishUntilKilled(server, channel, round);
        try (StreamingConnection sc = server.connect(Stan.unique("check"))) {
          stored = checkStored(sc, channel, stored, round, acked);
        }
      }
    }
  }

  /** Publishes round-tagged payloads until enough are acknowledged, kills the server, restarts it. */
  private static ConcurrentSkipListSet<Integer> publishUntilKilled(StanServer server, String channel, int round)
      throws Exception {
    ConcurrentSkipListSet<Integer> acked = new ConcurrentSkipListSet<>();
    AtomicBoolean killed = new AtomicBoolean();
    // No reconnection: once the server is killed the client fails fast instead of waiting for it.
    Connection nc = Nats.connect(new Options.Builder().server(server.url()).maxReconnects(0).build());
    StreamingConnection sc = server.connect(Stan.unique("pub"), o -> o.natsConn(nc).maxPubAcksInFlight(512));
    try {
      for (int i = 0; !killed.get() && i < 1_000_000; i++) {
        int index = i;
        sc.publish(channel, payload(round, i), (guid, e) -> {
          if (e == null) {
            acked.add(index);
          }
        });
        if (acked.size() >= ACKED_BEFORE_KILL && killed.compareAndSet(false, true)) {
          server.process().kill();
        }
      }
    } catch (Exception expected) {
      // The connection to a killed server fails; what counts is what was acknowledged.
    } finally {
      killed.set(true);
      server.process().kill();
      try {
        sc.close();
      } catch (Exception ignored) {
        // the server is gone
      }
      nc.close();
    }
    server.process().start();
    return acked;
  }

  /** Reads the whole channel; returns its last sequence. */
  private static long checkStored(StreamingConnection sc, String channel, long before, int round,
                                  ConcurrentSkipListSet<Integer> acked) throws Exception {
    Received received = new Received();
    sc.subscribe(channel, received, Stan.all());
    // Earlier rounds first: all their messages, then this round's from index 0 up.
    Integer highestAcked = acked.last();
    int nextIndex = 0;
    long expectedSeq = 1;
    while (true) {
      Message m = expectedSeq <= before || nextIndex <= highestAcked ? received.next() : poll(received);
      if (m == null) {
        break;
      }
      assertThat(m.getSequence()).as("contiguous sequences").isEqualTo(expectedSeq++);
      if (m.getSequence() > before) {
        assertThat(new String(m.getData(), UTF_8)).as("payload in order").isEqualTo(text(round, nextIndex++));
      }
    }
    assertThat(nextIndex - 1).as("every acknowledged message stored").isGreaterThanOrEqualTo(highestAcked);
    assertThat(acked.size()).isGreaterThanOrEqualTo(ACKED_BEFORE_KILL);
    return expectedSeq - 1;
  }

  private static Message poll(Received received) throws InterruptedException {
    try {
      return received.next(Received.QUIET);
    } catch (AssertionError none) {
      return null;
    }
  }

  private static byte[] payload(int round, int index) {
    return text(round, index).getBytes(UTF_8);
  }

  private static String text(int round, int index) {
    return "r" + round + "-" + index + "-" + "x".repeat(100);
  }
}
