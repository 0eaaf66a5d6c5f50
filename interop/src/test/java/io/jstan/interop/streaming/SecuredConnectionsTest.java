package io.jstan.interop.streaming;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.jstan.interop.ServerProcess;
import io.jstan.interop.TestCertificates;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.streaming.Message;
import io.nats.streaming.NatsStreaming;
import io.nats.streaming.Options;
import io.nats.streaming.StreamingConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming clients and the streaming server's own NATS connections with credentials and TLS:
 * on the embedded server ({@code --user/--pass}, {@code --auth}, {@code --tls*}) and towards an
 * external nats-server that requires them ({@code -ns} with {@code --user/--pass},
 * {@code --auth}, {@code -secure --tls_client_*}). Clients with good credentials work; others
 * are refused with the NATS server's errors and never get a message. Each case sets up its own
 * servers, so the class runs once, in the embedded pass of the suite.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecuredConnectionsTest {

  private static final String USER = "alice";
  private static final String PASS = "s3cret";
  private static final String TOKEN = "t0ken";

  @TempDir
  static Path certDir;

  private static TestCertificates certs;
  private static SSLContext trusting;
  private static SSLContext withClientCert;

  @BeforeAll
  static void setUp() throws Exception {
    assumeFalse(ServerProcess.isNatsServer(), "the reference core NATS server has no streaming layer");
    assumeFalse(StanServer.external(), "sets up embedded and external servers itself");
    certs = TestCertificates.create(certDir);
    trusting = certs.trustingContext();
    withClientCert = certs.clientCertContext();
  }

  @Test
  void embeddedServerWithUserAndPassword() throws Exception {
    try (ServerProcess jstan = ServerProcess.launch("--user", USER, "--pass", PASS)) {
      assertStreamingWorks(jstan.url(), o -> o.userInfo(USER, PASS));
      assertRefused(jstan.url(), UnaryOperator.identity(), "Authorization Violation");
      assertRefused(jstan.url(), o -> o.userInfo(USER, "wrong"), "Authorization Violation");
    }
  }

  @Test
  void embeddedServerWithToken() throws Exception {
    try (ServerProcess jstan = ServerProcess.launch("--auth", TOKEN)) {
      assertStreamingWorks(jstan.url(), o -> o.token(TOKEN.toCharArray()));
      assertRefused(jstan.url(), o -> o.token("wrong".toCharArray()), "Authorization Violation");
    }
  }

  @Test
  void embeddedServerWithTls() throws Exception {
    try (ServerProcess jstan = ServerProcess.launch("--tls", "--tlscert", certs.serverCert.toString(),
        "--tlskey", certs.serverKey.toString())) {
      assertStreamingWorks(jstan.url(), o -> o.sslContext(trusting));
      assertRefused(jstan.url(), UnaryOperator.identity(), "Unable to connect");
    }
  }

  @Test
  void externalServerWithUserAndPassword() throws Exception {
    try (ServerProcess nats = ServerProcess.natsServer("--user", USER, "--pass", PASS)) {
      nats.start();
      assertStartRefused(nats.url(), "Failed to start: nats: authorization violation");
      try (ServerProcess jstan = ServerProcess.streamingOver(nats.url(), "--user", USER, "--pass", PASS)) {
        jstan.start();
        assertStreamingWorks(nats.url(), o -> o.userInfo(USER, PASS));
        assertRefused(nats.url(), UnaryOperator.identity(), "Authorization Violation");
      }
    }
  }

  @Test
  void externalServerWithToken() throws Exception {
    try (ServerProcess nats = ServerProcess.natsServer("--auth", TOKEN)) {
      nats.start();
      try (ServerProcess jstan = ServerProcess.streamingOver(nats.url(), "--auth", TOKEN)) {
        jstan.start();
        assertStreamingWorks(nats.url(), o -> o.token(TOKEN.toCharArray()));
        assertRefused(nats.url(), o -> o.token("wrong".toCharArray()), "Authorization Violation");
      }
    }
  }

  @Test
  void externalServerRequiringClientCertificates() throws Exception {
    try (ServerProcess nats = ServerProcess.natsServer("--tlsverify", "--tlscert", certs.serverCert.toString(),
        "--tlskey", certs.serverKey.toString(), "--tlscacert", certs.caCert.toString())) {
      nats.start();
      assertStartRefused(nats.url(), "Failed to start: nats: no servers available for connection");
      try (ServerProcess jstan = ServerProcess.streamingOver(nats.url(), "-secure",
          "--tls_client_cert", certs.clientCert.toString(), "--tls_client_key", certs.clientKey.toString(),
          "--tls_client_cacert", certs.caCert.toString())) {
        jstan.start();
        assertStreamingWorks(nats.url(), o -> o.sslContext(withClientCert));
        assertRefused(nats.url(), UnaryOperator.identity(), "Unable to connect");
        assertRefused(nats.url(), o -> o.sslContext(trusting), "Unable to connect");
      }
    }
  }

  /** jstan over {@code natsUrl} without credentials or TLS exits at start-up with {@code error}. */
  private static void assertStartRefused(String natsUrl, String error) {
    ServerProcess jstan = ServerProcess.streamingOver(natsUrl);
    try {
      assertThatThrownBy(jstan::start).hasMessageContaining("server exited with 1");
      assertThat(jstan.readLog()).contains(error);
    } finally {
      jstan.stop();
    }
  }

  /** A streaming client connected with {@code options} publishes and receives its message. */
  private static void assertStreamingWorks(String url, UnaryOperator<io.nats.client.Options.Builder> options)
      throws Exception {
    try (Connection nc = Nats.connect(options.apply(natsOptions(url)).build());
         StreamingConnection sc = NatsStreaming.connect(StanServer.CLUSTER_ID, Stan.unique("secured"),
             new Options.Builder().natsConn(nc).connectWait(Duration.ofSeconds(5)).build())) {
      String channel = Stan.unique("secured");
      BlockingQueue<Message> received = new ArrayBlockingQueue<>(10);
      sc.subscribe(channel, received::add, Stan.all());
      sc.publish(channel, "hello".getBytes(UTF_8));
      Message message = received.poll(5, TimeUnit.SECONDS);
      assertThat(message).isNotNull();
      assertThat(new String(message.getData(), UTF_8)).isEqualTo("hello");
    }
  }

  /** A NATS connection with {@code options} fails with {@code error}: no streaming for it. */
  private static void assertRefused(String url, UnaryOperator<io.nats.client.Options.Builder> options,
                                    String error) {
    io.nats.client.Options refused = options.apply(natsOptions(url))
        .connectionTimeout(Duration.ofSeconds(1)).build();
    assertThatThrownBy(() -> Nats.connect(refused).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining(error);
  }

  private static io.nats.client.Options.Builder natsOptions(String url) {
    // A silent error listener: refusals are expected here.
    return new io.nats.client.Options.Builder().server(url).noReconnect()
        .errorListener(new io.nats.client.ErrorListener() { });
  }
}
