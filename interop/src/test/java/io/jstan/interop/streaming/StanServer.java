package io.jstan.interop.streaming;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.jstan.interop.ServerProcess;
import io.nats.streaming.NatsStreaming;
import io.nats.streaming.Options;
import io.nats.streaming.StreamingConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The streaming server under test as a separate process, for one test class
 * ({@code @RegisterExtension}) or one test (try-with-resources via {@link #launch}).
 *
 * <p>The system property {@code jstan.test.nats} picks how it reaches NATS: {@code embedded}
 * (the default, its own NATS server) or {@code external} (a reference {@code nats-server}
 * started beside it, jstan launched with {@code -ns}, clients connected to that server), so
 * the same tests run in both modes. Skipped when the suite runs the reference core NATS server,
 * which has no streaming layer.
 */
final class StanServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  static final String CLUSTER_ID = "test-cluster";

  /** The external NATS server, or null when jstan embeds its own. */
  private final ServerProcess nats;
  private final ServerProcess process;

  private StanServer(String... args) {
    if (external()) {
      nats = ServerProcess.natsServer();
      process = ServerProcess.streamingOver(nats.url(), args);
    } else {
      nats = null;
      process = ServerProcess.withArgs(args);
    }
  }

  /** Whether the suite runs jstan over an external NATS server. */
  static boolean external() {
    return "external".equals(System.getProperty("jstan.test.nats", "embedded").trim());
  }

  /** A server that starts with the given extra flags before the class's first test. */
  static StanServer withArgs(String... args) {
    return new StanServer(args);
  }

  /** Starts a server with the given extra flags now. */
  static StanServer launch(String... args) {
    StanServer server = new StanServer(args);
    server.start();
    return server;
  }

  /** Where clients connect: the external NATS server, or jstan's own. */
  String url() {
    return nats != null ? nats.url() : process.url();
  }

  /** The streaming server's process. */
  ServerProcess process() {
    return process;
  }

  /** The external NATS server's process; null in embedded mode. */
  ServerProcess natsProcess() {
    return nats;
  }

  /** An official Java client with default options. */
  StreamingConnection connect(String clientId) throws IOException, InterruptedException {
    return connect(clientId, UnaryOperator.identity());
  }

  /** An official Java client with options adjusted by {@code options}. */
  StreamingConnection connect(String clientId, UnaryOperator<Options.Builder> options)
      throws IOException, InterruptedException {
    Options.Builder builder = new Options.Builder()
        .natsUrl(url())
        .clusterId(CLUSTER_ID)
        .clientId(clientId)
        .connectWait(Duration.ofSeconds(5));
    return NatsStreaming.connect(CLUSTER_ID, clientId, options.apply(builder).build());
  }

  /** A raw protocol client: a plain NATS connection speaking the protobuf messages itself. */
  RawStan raw() throws IOException, InterruptedException {
    return RawStan.connect(url());
  }

  private void start() {
    assumeFalse(ServerProcess.isNatsServer(), "the reference core NATS server has no streaming layer");
    if (nats != null) {
      nats.start();
    }
    try {
      process.start();
    } catch (RuntimeException e) {
      // A jstan that refuses to start must not leave its NATS server running.
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    process.stop();
    if (nats != null) {
      nats.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
