package io.jstan.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.api.ServerInfo;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection handshake over a raw socket: INFO, CONNECT options, the first PING/PONG (NATS.md §1, §4.1). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConnectHandshakeTest {

  @RegisterExtension
  static final ServerProcess SERVER = ServerProcess.withArgs();

  private static final Duration QUIET = Duration.ofMillis(300);

  @Test
  void infoIsTheFirstLineAndNothingFollowsUntilTheClientSpeaks() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      String info = conn.readInfo();
      conn.expectSilence(QUIET);

      ServerInfo parsed = new ServerInfo(info);
      assertThat(parsed.getServerId()).isNotBlank();
      assertThat(parsed.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
      assertThat(parsed.getProtocolVersion()).isEqualTo(1);
      assertThat(parsed.isHeadersSupported()).isTrue();
      assertThat(parsed.getMaxPayload()).isEqualTo(1_048_576L);
      assertThat(parsed.getPort()).isEqualTo(SERVER.port());
      assertThat(parsed.isAuthRequired()).isFalse();
      assertThat(parsed.isTLSRequired()).isFalse();
      assertThat(parsed.isTLSAvailable()).isFalse();
    }
  }

  @Test
  void connectAndPingGetExactlyPong() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send(RawConnection.CONNECT_QUIET + "PING\r\n");
      assertThat(new String(conn.readExactly(6), UTF_8)).isEqualTo("PONG\r\n");
      conn.expectSilence(QUIET);
    }
  }

  @Test
  void verboseConnectGetsOkThenPong() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {\"verbose\":true,\"pedantic\":false,\"protocol\":1}\r\nPING\r\n");
      assertThat(new String(conn.readExactly(11), UTF_8)).isEqualTo("+OK\r\nPONG\r\n");
      conn.expectSilence(QUIET);
    }
  }

  @Test
  void absentOptionsMeanVerboseAndPedantic() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {}\r\n").expect("+OK");
      conn.send("PUB foo..bar 2\r\nhi\r\n").expect("-ERR 'Invalid Publish Subject'").expect("+OK");
      conn.expectAlive();
    }
  }

  @Test
  void withoutConnectTheDefaultsApply() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("SUB foo 1\r\nPUB foo 1\r\nx\r\nPING\r\n");
      conn.expect("+OK").expect("+OK").expect("MSG foo 1 1\nx").expect("PONG");
    }
  }

  @Test
  void pingBeforeConnectIsAnswered() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("PING\r\n").expect("PONG");
    }
  }

  @Test
  void aSecondConnectReappliesOptions() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("CONNECT {\"verbose\":true,\"pedantic\":false,\"protocol\":1}\r\n").expect("+OK");
      conn.send("SUB foo 1\r\n").expect("+OK");
    }
  }

  @Test
  void connectNeedsNoSpaceBeforeItsJsonAndIgnoresUnknownFields() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT{\"verbose\":true,\"unknown_field\":1}\r\n").expect("+OK");
    }
  }

  @Test
  void unsupportedProtocolLevelIsRefused() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {\"verbose\":false,\"protocol\":2}\r\nPING\r\n");
      conn.expectErrAndClose("invalid client protocol");
    }
  }

  @Test
  void noRespondersWithoutHeadersIsRefused() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {\"verbose\":false,\"protocol\":1,\"headers\":false,\"no_responders\":true}\r\nPING\r\n");
      conn.expectErrAndClose("no responders requires headers support");
    }
  }

  @Test
  void accountFieldIsAnAuthorizationViolation() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {\"verbose\":false,\"protocol\":1,\"account\":\"A\"}\r\nPING\r\n");
      conn.expectErrAndClose("Authorization Violation");
    }
  }

  @Test
  void invalidConnectJsonClosesSilently() {
    for (String connect : new String[] {
        "CONNECT {\"verbose\":false\r\n",
        "CONNECT {\"verbose\":\"yes\"}\r\n",
        "CONNECT\r\n"}) {
      try (RawConnection conn = RawConnection.open(SERVER)) {
        conn.readInfo();
        conn.send(connect + "PING\r\n");
        conn.expectClosed();
      }
    }
    RawConnection.assertServerStillServes(SERVER);
  }

  @Test
  void infoAndOkFromTheClientAreIgnored() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("INFO {\"server_id\":\"x\"}\r\n+OK\r\n");
      conn.expectAlive();
    }
  }

  @Test
  void errFromTheClientClosesTheConnection() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("-ERR 'foo'\r\n");
      conn.expectClosed();
    }
    RawConnection.assertServerStillServes(SERVER);
  }

  @Test
  void opsAreCaseInsensitiveAndSeparatorsCollapse() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("sub\tfoo\t1\r\nSuB   bar    2  \r\nPuB foo 2\r\nhi\r\npub\tbar\t1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG foo 1 2\nhi", "MSG bar 2 1\nx");
      conn.send("PiNg  extra junk\r\n").expect("PONG");
      conn.send("ping\r\n").expect("PONG");
    }
  }

  @Test
  void bareLineFeedEndsAControlLine() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo 1\nPUB foo 2\nhi\r\nPING\n");
      assertThat(conn.readUntilPong()).containsExactly("MSG foo 1 2\nhi");
    }
  }

  @Test
  void pingPadding() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("PING" + " ".repeat(5000) + "\r\n").expect("PONG");
    }
  }
}
