package io.jstan.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import io.nats.client.api.ServerInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLS after the plaintext INFO, with and without client certificate verification (NATS.md §10.2). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsTest {

  @TempDir
  static Path certDir;

  private static TestCertificates certs;

  @BeforeAll
  static void makeCertificates() {
    certs = TestCertificates.create(certDir);
  }

  private static String[] tlsArgs(boolean verify) {
    return verify
        ? new String[] {"--tlsverify", "--tlscert", certs.serverCert.toString(), "--tlskey",
            certs.serverKey.toString(), "--tlscacert", certs.caCert.toString()}
        : new String[] {"--tls", "--tlscert", certs.serverCert.toString(), "--tlskey",
            certs.serverKey.toString()};
  }

  private static Options.Builder options(ServerProcess server) {
    return JnatsMessagingTest.options(server).server("tls://" + server.host() + ":" + server.port());
  }

  private static void roundTrip(Connection nc) throws Exception {
    Subscription s = nc.subscribe("secure");
    nc.flush(Duration.ofSeconds(5));
    nc.publish("secure", "over tls".getBytes(UTF_8));
    Message m = s.nextMessage(Duration.ofSeconds(5));
    assertThat(m).isNotNull();
    assertThat(new String(m.getData(), UTF_8)).isEqualTo("over tls");
  }

  @Test
  void clientTrustingTheCaConnectsOverTls() throws Exception {
    try (ServerProcess server = ServerProcess.launch(tlsArgs(false))) {
      try (Connection nc = Nats.connect(options(server).sslContext(certs.trustingContext()).build())) {
        assertThat(nc.getServerInfo().isTLSRequired()).isTrue();
        roundTrip(nc);
      }
      // A client that trusts nobody refuses the server's certificate.
      Options untrusting = options(server).sslContext(javax.net.ssl.SSLContext.getInstance("TLS"))
          .connectionTimeout(Duration.ofSeconds(2)).build();
      assertThatThrownBy(() -> Nats.connect(untrusting).close()).isInstanceOf(Exception.class);
    }
  }

  @Test
  void infoIsPlaintextAndPlaintextClientsAreDropped() throws Exception {
    try (ServerProcess server = ServerProcess.launch(tlsArgs(false));
        RawConnection conn = RawConnection.open(server)) {
      ServerInfo info = new ServerInfo(conn.readInfo());
      assertThat(info.isTLSRequired()).isTrue();
      assertThat(info.isTLSAvailable()).isFalse();
      // A plaintext CONNECT is not a TLS handshake: the server drops the connection.
      conn.send(RawConnection.CONNECT_QUIET + "PING\r\n");
      conn.expectClosed();
    }
  }

  @Test
  void verifyingServerAcceptsAClientCertificateFromItsCa() throws Exception {
    try (ServerProcess server = ServerProcess.launch(tlsArgs(true))) {
      try (Connection nc = Nats.connect(options(server).sslContext(certs.clientCertContext()).build())) {
        roundTrip(nc);
      }
    }
  }

  @Test
  void verifyingServerRefusesAClientWithoutCertificate() throws Exception {
    try (ServerProcess server = ServerProcess.launch(tlsArgs(true))) {
      try (RawConnection conn = RawConnection.open(server)) {
        String line = conn.readInfo();
        assertThat(new ServerInfo(line).isTLSRequired()).isTrue();
        assertThat(line).contains("\"tls_verify\":true");
      }
      Options noCert = options(server).sslContext(certs.trustingContext())
          .connectionTimeout(Duration.ofSeconds(2)).build();
      assertThatThrownBy(() -> Nats.connect(noCert).close()).isInstanceOf(Exception.class);
      // The refusal does not disturb a properly authenticated client.
      try (Connection nc = Nats.connect(options(server).sslContext(certs.clientCertContext()).build())) {
        roundTrip(nc);
      }
    }
  }
}
