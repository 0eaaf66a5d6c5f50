package io.jstan.interop;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input over raw sockets: the exact {@code -ERR} text, whether the connection closes, and
 * that other clients are unaffected (NATS.md §2.5, §7, Appendix A).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProtocolErrorTest {

  @RegisterExtension
  static final ServerProcess SERVER = ServerProcess.withArgs();

  private static final int MAX_PAYLOAD = 1_048_576;
  private static final int MAX_CONTROL_LINE = 4096;

  /** Every case ends by showing that a well-behaved client still gets service. */
  @AfterEach
  void otherClientsKeepWorking() {
    RawConnection.assertServerStillServes(SERVER);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FOO bar\r\n",
      "\r\n",
      "PUBfoo 2\r\nhi\r\n",
      "UNSUB\r\n",
      "SUBfoo 1\r\n",
      "MSG foo 1 2\r\nhi\r\n",
      "HMSG foo 1 12 14\r\n",
      "RS+ foo\r\n",
      "PONGX\r\nPX\r\n"})
  void unknownOperationsCloseWithAnError(String input) {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send(input);
      conn.expectErrAndClose("Unknown Protocol Operation");
    }
  }

  @Test
  void connectionKeepsWorkingBeforeAnUnknownOperationIsSeen() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo 1\r\nPUB foo 2\r\nhi\r\nBOGUS\r\n");
      conn.expect("MSG foo 1 2\nhi");
      conn.expectErrAndClose("Unknown Protocol Operation");
    }
  }

  @Test
  void overLongControlLineIsRejected() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB " + "a".repeat(4100) + " 1\r\n");
      conn.expectErrAndClose("maximum control line exceeded");
    }
  }

  @Test
  void controlLineLimitCountsTheArguments() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      // "SUB " is not counted: the arguments are exactly the limit.
      String subject = "a".repeat(MAX_CONTROL_LINE - 2);
      conn.send("SUB " + subject + " 1\r\nPUB " + subject + " 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG " + subject + " 1 1\nx");
      conn.send("SUB " + "b".repeat(MAX_CONTROL_LINE - 1) + " 2\r\n");
      conn.expectErrAndClose("maximum control line exceeded");
    }
  }

  @Test
  void overLongIncompleteControlLineIsRejectedWithoutWaitingForItsEnd() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("PUB " + "a".repeat(5000));
      conn.expectErrAndClose("maximum control line exceeded");
    }
  }

  @Test
  void overLongConnectIsRejected() {
    try (RawConnection conn = RawConnection.open(SERVER)) {
      conn.readInfo();
      conn.send("CONNECT {\"verbose\":false,\"name\":\"" + "n".repeat(5000) + "\"}\r\nPING\r\n");
      conn.expectErrAndClose("maximum control line exceeded");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo..bar", ".foo", "foo.", "foo.>.bar", ">.foo", "."})
  void invalidSubscriptionSubjectKeepsTheConnectionOpen(String subject) {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB " + subject + " 1\r\n").expect("-ERR 'Invalid Subject'");
      conn.expectAlive();
      // The sid was not taken by the failed SUB.
      conn.send("SUB ok 1\r\nPUB ok 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG ok 1 1\nx");
    }
  }

  @Test
  void payloadLargerThanMaxIsRejectedBeforeItIsRead() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("PUB foo " + (MAX_PAYLOAD + 1) + "\r\n");
      conn.expectErrAndClose("Maximum Payload Violation");
    }
  }

  @Test
  void headerPublishCountsHeadersAgainstMaxPayload() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("HPUB foo 12 " + (MAX_PAYLOAD + 1) + "\r\n");
      conn.expectErrAndClose("Maximum Payload Violation");
    }
  }

  @Test
  void payloadOfExactlyMaxIsAccepted() {
    try (RawConnection sub = RawConnection.connect(SERVER); RawConnection pub = RawConnection.connect(SERVER)) {
      sub.send("SUB big 1\r\n").expectAlive();
      byte[] body = new byte[MAX_PAYLOAD];
      java.util.Arrays.fill(body, (byte) 'z');
      pub.send("PUB big " + MAX_PAYLOAD + "\r\n").send(body).send("\r\n").expectAlive();
      assertThat(sub.readLine()).isEqualTo("MSG big 1 " + MAX_PAYLOAD);
      assertThat(sub.readExactly(MAX_PAYLOAD + 2)).endsWith((byte) '\r', (byte) '\n');
      sub.expectAlive();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PUB foo 2\r\nhello\r\n",   // payload longer than declared
      "PUB foo 2\r\nhi\nPING\r\n", // bare LF after the payload
      "PUB foo 2\r\nhi\r\r\n"})    // junk before the CRLF
  void wrongPayloadSizeOrTerminatorCloses(String input) {
    try (RawConnection sub = RawConnection.connect(SERVER); RawConnection conn = RawConnection.connect(SERVER)) {
      sub.send("SUB foo 1\r\n").expectAlive();
      conn.send(input);
      conn.expectErrAndClose("Unknown Protocol Operation");
      assertThat(sub.pingAndCollect()).isEmpty();
    }
  }

  @Test
  void truncatedPayloadIsNeverDelivered() {
    try (RawConnection sub = RawConnection.connect(SERVER)) {
      sub.send("SUB trunc 1\r\n").expectAlive();
      try (RawConnection conn = RawConnection.connect(SERVER)) {
        conn.send("PUB trunc 10\r\nhalf");
        conn.expectSilence(Duration.ofMillis(200));
      }
      try (RawConnection conn = RawConnection.connect(SERVER)) {
        conn.send("HPUB trunc 12 20\r\nNATS/1.0\r\n\r\n");
      }
      sub.expectSilence(Duration.ofMillis(300));
      sub.expectAlive();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PUB foo\r\n",
      "PUB\tfoo\r\n",
      "PUB foo bar baz 2\r\n",
      "PUB foo abc\r\n",
      "PUB foo -1\r\n",
      "PUB foo 1234567890\r\n",
      "SUB foo\r\n",
      "SUB a b c d\r\n",
      "UNSUB 1 2 3\r\n",
      "UNSUB \r\n",
      "HPUB foo 10 5\r\n",
      "HPUB foo 10\r\n",
      "CONNECTED\r\n"}) // CONNECT needs no space: this is CONNECT with bad JSON
  void argumentErrorsCloseSilently(String input) {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send(input);
      conn.expectClosed();
    }
  }

  @Test
  void randomGarbageClosesTheConnectionWithAnError() {
    Random random = new Random(20_240_601L);
    String opStart = "PpSsUuHhCcIiMmRrLlAa+-";
    for (int round = 0; round < 25; round++) {
      byte[] garbage = new byte[1 + random.nextInt(300)];
      random.nextBytes(garbage);
      // Keep the first byte off every op's first letter, so the expected reply is fixed.
      while (opStart.indexOf(garbage[0] & 0xff) >= 0 || Character.isLetter(garbage[0] & 0xff)) {
        garbage[0] = (byte) random.nextInt(256);
      }
      try (RawConnection conn = RawConnection.connect(SERVER)) {
        conn.send(garbage);
        try {
          conn.expectErrAndClose("Unknown Protocol Operation");
        } catch (AssertionError e) {
          throw new AssertionError("round " + round + ", garbage " + new String(garbage, ISO_8859_1), e);
        }
      }
    }
  }

  @Test
  void randomGarbageInsideAPayloadIsJustData() {
    Random random = new Random(7L);
    try (RawConnection sub = RawConnection.connect(SERVER); RawConnection pub = RawConnection.connect(SERVER)) {
      sub.send("SUB bin 1\r\n").expectAlive();
      for (int round = 0; round < 20; round++) {
        byte[] body = new byte[random.nextInt(2000)];
        random.nextBytes(body);
        pub.send("PUB bin " + body.length + "\r\n").send(body).send("\r\n");
        assertThat(sub.readLine()).isEqualTo("MSG bin 1 " + body.length);
        byte[] got = sub.readExactly(body.length + 2);
        assertThat(java.util.Arrays.copyOf(got, body.length)).isEqualTo(body);
      }
      pub.expectAlive();
    }
  }
}
