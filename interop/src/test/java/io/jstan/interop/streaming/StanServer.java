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
 * <p>Skipped when the suite runs the reference core NATS server, which has no streaming layer.
 */
final class StanServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  static final String CLUSTER_ID = "test-cluster";

  private final ServerProcess process;

  private StanServer(String... args) {
    this.process = ServerProcess.withArgs(args);
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

  String url() {
    return process.url();
  }

  ServerProcess process() {
    return process;
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
    process.start();
  }

  @Override
  public void close() {
    process.stop();
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
