package io.jstan.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** User/password and token authentication, with jnats and over raw sockets (NATS.md §10.1). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AuthTest {

  private static Options.Builder options(ServerProcess server) {
    return JnatsMessagingTest.options(server);
  }

  /**
   * jnats records the server's -ERR but reports it only when its connect timeout ends, so a
   * short timeout keeps refusals quick.
   */
  private static void assertRefused(Options.Builder options) {
    Options quick = options.connectionTimeout(Duration.ofMillis(1000)).build();
    assertThatThrownBy(() -> Nats.connect(quick).close())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Authorization Violation");
  }

  private static void assertWorks(Connection nc) throws Exception {
    assertThat(nc.getStatus()).isEqualTo(Connection.Status.CONNECTED);
    assertThat(nc.getServerInfo().isAuthRequired()).isTrue();
    assertThat(nc.RTT()).isPositive();
  }

  @Nested
  class UserAndPassword {

    @RegisterExtension
    static final ServerProcess SERVER = ServerProcess.withArgs("--user", "alice", "--pass", "s3cret");

    @Test
    void rightCredentialsAreAccepted() throws Exception {
      try (Connection nc = Nats.connect(options(SERVER).userInfo("alice", "s3cret").build())) {
        assertWorks(nc);
      }
    }

    @Test
    void wrongPasswordIsRefused() {
      assertRefused(options(SERVER).userInfo("alice", "wrong"));
    }

    @Test
    void wrongUserIsRefused() {
      assertRefused(options(SERVER).userInfo("bob", "s3cret"));
    }

    @Test
    void missingCredentialsAreRefused() {
      assertRefused(options(SERVER));
    }

    @Test
    void rawRefusalSendsTheErrorAndCloses() {
      try (RawConnection conn = RawConnection.open(SERVER)) {
        assertThat(new io.nats.client.api.ServerInfo(conn.readInfo()).isAuthRequired()).isTrue();
        conn.send("CONNECT {\"verbose\":false,\"pedantic\":false,\"user\":\"alice\",\"pass\":\"nope\"}\r\nPING\r\n");
        conn.expectErrAndClose("Authorization Violation");
      }
    }

    @Test
    void firstOpMustBeConnect() {
      try (RawConnection conn = RawConnection.open(SERVER)) {
        conn.readInfo();
        conn.send("PING\r\n");
        conn.expectErrAndClose("Authorization Violation");
      }
    }

    @Test
    void lowerCaseConnectCounts() {
      try (RawConnection conn = RawConnection.open(SERVER)) {
        conn.readInfo();
        conn.send("connect {\"verbose\":false,\"pedantic\":false,\"user\":\"alice\",\"pass\":\"s3cret\"}\r\nPING\r\n");
        conn.expect("PONG");
      }
    }
  }

  @Nested
  class Token {

    @RegisterExtension
    static final ServerProcess SERVER = ServerProcess.withArgs("--auth", "t0ken");

    @Test
    void rightTokenIsAccepted() throws Exception {
      try (Connection nc = Nats.connect(options(SERVER).token("t0ken".toCharArray()).build())) {
        assertWorks(nc);
      }
    }

    @Test
    void wrongTokenIsRefused() {
      assertRefused(options(SERVER).token("other".toCharArray()));
    }

    @Test
    void tokenSentAsUserIsRefused() {
      assertRefused(options(SERVER).userInfo("t0ken", ""));
    }

    @Test
    void refusalLeavesOtherClientsConnected() throws Exception {
      try (Connection good = Nats.connect(options(SERVER).token("t0ken".toCharArray()).build())) {
        assertRefused(options(SERVER).token("bad".toCharArray()));
        assertThat(good.RTT()).isLessThan(Duration.ofSeconds(5));
      }
    }
  }

  @Test
  void credentialsAreIgnoredByAServerWithoutAuth() throws Exception {
    try (ServerProcess server = ServerProcess.launch();
        Connection nc = Nats.connect(options(server).userInfo("any", "thing").build())) {
      assertThat(nc.getServerInfo().isAuthRequired()).isFalse();
      assertThat(nc.getStatus()).isEqualTo(Connection.Status.CONNECTED);
    }
  }
}
