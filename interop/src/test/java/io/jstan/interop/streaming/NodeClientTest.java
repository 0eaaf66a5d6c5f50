package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The official Node client ({@code node-nats-streaming} 0.3.x): {@code smoke.js} (1,000
 * acknowledged publishes, a durable read from the start, close, reconnect and resume) and
 * {@code suite.js} (every start position, durable, queue group, manual ack and redelivery).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class NodeClientTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  private static final long RUN_SECONDS = 75;

  @Test
  void publishDurableSubscribeAndResume() throws Exception {
    String log = NodeScript.run("smoke.js", SERVER.url(), RUN_SECONDS);
    assertThat(log).contains("OK published=1000 first=500 resumed=500");
  }

  @Test
  void startPositionsDurableQueueGroupAndRedelivery() throws Exception {
    String log = NodeScript.run("suite.js", SERVER.url(), RUN_SECONDS);
    assertThat(log).contains("PASS startPositions", "PASS durable", "PASS queueGroup",
        "PASS manualAckAndRedelivery", "OK 4");
  }
}
