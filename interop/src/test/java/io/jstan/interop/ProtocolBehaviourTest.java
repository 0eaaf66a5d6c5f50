package io.jstan.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routing and per-op behaviour over raw sockets, byte for byte as the Go server does it
 * (NATS.md §4, §5, §6 and Appendix A).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProtocolBehaviourTest {

  @RegisterExtension
  static final ServerProcess SERVER = ServerProcess.withArgs();

  private static final String CONNECT_VERBOSE =
      "CONNECT {\"verbose\":true,\"pedantic\":false,\"protocol\":1,\"headers\":true}\r\n";
  private static final String CONNECT_PEDANTIC =
      "CONNECT {\"verbose\":false,\"pedantic\":true,\"protocol\":1,\"headers\":true}\r\n";
  private static final String CONNECT_NO_HEADERS =
      "CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1,\"headers\":false}\r\n";
  private static final String CONNECT_NO_ECHO =
      "CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1,\"headers\":true,\"echo\":false}\r\n";

  @Test
  void fanOutIsPerSidAndEachQueueGroupGetsOneCopy() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo 1\r\nSUB foo 2\r\nSUB * 3\r\nSUB foo q1 4\r\nSUB foo q1 5\r\nSUB foo q2 6\r\n"
          + "PUB foo 2\r\nhi\r\n");
      List<String> frames = conn.pingAndCollect();
      assertThat(frames).hasSize(5);
      assertThat(frames).contains("MSG foo 1 2\nhi", "MSG foo 2 2\nhi", "MSG foo 3 2\nhi", "MSG foo 6 2\nhi");
      assertThat(frames).containsAnyOf("MSG foo 4 2\nhi", "MSG foo 5 2\nhi");
    }
  }

  @Test
  void queueGroupsSpanPatternsAndConnections() {
    try (RawConnection a = RawConnection.connect(SERVER);
        RawConnection b = RawConnection.connect(SERVER);
        RawConnection pub = RawConnection.connect(SERVER)) {
      a.send("SUB foo.bar q 1\r\n").expectAlive();
      b.send("SUB foo.* q 1\r\nSUB foo.> q 2\r\n").expectAlive();
      int count = 30;
      pub.send("PUB foo.bar 1\r\nx\r\n".repeat(count)).expectAlive();
      int delivered = a.pingAndCollect().size() + b.pingAndCollect().size();
      assertThat(delivered).isEqualTo(count);
    }
  }

  @Test
  void wildcardMatching() {
    try (RawConnection sub = RawConnection.connect(SERVER); RawConnection pub = RawConnection.connect(SERVER)) {
      sub.send("SUB a.> 1\r\nSUB *.b.c 2\r\nSUB > 3\r\nSUB a.* 4\r\nSUB a.b 5\r\nSUB a.b.c.d 6\r\nSUB * 7\r\n")
          .expectAlive();
      pub.send("PUB a.b.c 1\r\n1\r\nPUB a 1\r\n2\r\n").expectAlive();
      assertThat(sub.pingAndCollect()).containsExactlyInAnyOrder(
          "MSG a.b.c 1 1\n1", "MSG a.b.c 2 1\n1", "MSG a.b.c 3 1\n1",
          "MSG a 3 1\n2", "MSG a 7 1\n2");
    }
  }

  @Test
  void wildcardCharactersInsideATokenAreLiteral() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo*.bar 1\r\nSUB foo> 2\r\nPUB foo*.bar 1\r\nx\r\nPUB foox.bar 1\r\ny\r\nPUB foo> 1\r\nz\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG foo*.bar 1 1\nx", "MSG foo> 2 1\nz");
    }
  }

  @Test
  void replySubjectAndEmptyPayloadAndBinaryPayload() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo 1\r\nPUB foo bar 0\r\n\r\nPUB foo 4\r\na\r\nb\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG foo 1 bar 0\n", "MSG foo 1 4\na\r\nb");
    }
  }

  @Test
  void headersAreDeliveredAsHmsgAndStrippedForClientsWithoutHeaders() {
    try (RawConnection withHeaders = RawConnection.connect(SERVER);
        RawConnection without = RawConnection.connect(SERVER, CONNECT_NO_HEADERS)) {
      withHeaders.send("SUB hdr 1\r\n").expectAlive();
      without.send("SUB hdr 9\r\n").expectAlive();
      withHeaders.send("HPUB hdr _INBOX.r 30 35\r\nNATS/1.0\r\nFoo: bar\r\nX: y z\r\n\r\nhello\r\n");
      assertThat(withHeaders.pingAndCollect())
          .containsExactly("HMSG hdr 1 _INBOX.r 30 35\nNATS/1.0\r\nFoo: bar\r\nX: y z\r\n\r\nhello");
      assertThat(without.pingAndCollect()).containsExactly("MSG hdr 9 _INBOX.r 5\nhello");
    }
  }

  @Test
  void hpubWithEmptyHeaderBlockIsDeliveredAsMsg() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB h0 1\r\nHPUB h0 0 2\r\nhi\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG h0 1 2\nhi");
    }
  }

  @Test
  void hpubWithoutNegotiatedHeadersClosesSilently() {
    try (RawConnection conn = RawConnection.connect(SERVER, CONNECT_NO_HEADERS)) {
      conn.send("HPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\n");
      conn.expectClosed();
    }
    RawConnection.assertServerStillServes(SERVER);
  }

  @Test
  void noRespondersStatusGoesToThePublishersReplySubscription() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB _INBOX.x.* 5\r\nPUB nobody _INBOX.x.1 2\r\nhi\r\n");
      List<String> frames = conn.pingAndCollect();
      assertThat(frames).hasSize(1);
      // 2.9-2.11 send a bare 503; 2.12+ add a Nats-Subject header. Both have an empty payload.
      assertThat(frames.get(0)).satisfiesAnyOf(
          f -> assertThat(f).isEqualTo("HMSG _INBOX.x.1 5 16 16\nNATS/1.0 503\r\n\r\n"),
          f -> assertThat(f).isEqualTo("HMSG _INBOX.x.1 5 38 38\nNATS/1.0 503\r\nNats-Subject: nobody\r\n\r\n"));
    }
  }

  @Test
  void noNoRespondersStatusWhenSomethingWasDeliveredOrNotAsked() {
    try (RawConnection responder = RawConnection.connect(SERVER);
        RawConnection asker = RawConnection.connect(SERVER);
        RawConnection noHeaders = RawConnection.connect(SERVER, CONNECT_NO_HEADERS)) {
      responder.send("SUB svc q 1\r\n").expectAlive();
      asker.send("SUB _INBOX.a.* 1\r\nSUB _INBOX.q.* qq 2\r\n"
          + "PUB svc _INBOX.a.1 1\r\nx\r\n"      // a queue member took it
          + "PUB nobody _INBOX.q.1 1\r\nx\r\n"   // reply only queue-subscribed
          + "PUB nobody _INBOX.none 1\r\nx\r\n"); // reply not subscribed at all
      assertThat(asker.pingAndCollect()).isEmpty();
      assertThat(responder.pingAndCollect()).containsExactly("MSG svc 1 _INBOX.a.1 1\nx");
      noHeaders.send("SUB _INBOX.n.* 1\r\nPUB nobody _INBOX.n.1 1\r\nx\r\n");
      assertThat(noHeaders.pingAndCollect()).isEmpty();
    }
  }

  @Test
  void verboseTranscript() {
    try (RawConnection conn = RawConnection.connect(SERVER, CONNECT_VERBOSE)) {
      conn.send("SUB foo 1\r\n").expect("+OK");
      conn.send("SUB foo 1\r\n").expect("+OK");
      conn.send("PUB foo 2\r\nhi\r\n").expect("+OK").expect("MSG foo 1 2\nhi");
      conn.send("UNSUB 99\r\n").expect("+OK");
      conn.send("UNSUB 1\r\n").expect("+OK");
      conn.send("PING\r\n").expect("PONG");
      conn.send("PONG\r\n").expectSilence(Duration.ofMillis(200));
      conn.send("SUB foo..bar 2\r\n").expect("-ERR 'Invalid Subject'");
      conn.expectAlive();
    }
  }

  @Test
  void pedanticRejectsWildcardPublishSubjectButKeepsTheConnection() {
    try (RawConnection conn = RawConnection.connect(SERVER, CONNECT_PEDANTIC)) {
      conn.send("SUB foo.* 1\r\nPUB foo.* 2\r\nhi\r\n").expect("-ERR 'Invalid Publish Subject'");
      // Go still routes the message after the error; the spec allows dropping it instead.
      assertThat(conn.pingAndCollect()).isSubsetOf(List.of("MSG foo.* 1 2\nhi"));
      conn.send("PUB foo.bar 2\r\nok\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG foo.bar 1 2\nok");
    }
  }

  @Test
  void pedanticAndVerboseSendErrThenOk() {
    try (RawConnection conn = RawConnection.connect(SERVER,
        "CONNECT {\"verbose\":true,\"pedantic\":true,\"protocol\":1}\r\n")) {
      conn.send("PUB a..b 1\r\nx\r\n").expect("-ERR 'Invalid Publish Subject'").expect("+OK");
      conn.expectAlive();
    }
  }

  @Test
  void nonPedanticAcceptsAnyPublishSubject() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB a.b 1\r\nPUB a..b 1\r\nx\r\nPUB .a 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).isEmpty();
    }
  }

  @Test
  void duplicateSidKeepsTheFirstSubscription() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.send("SUB foo 1\r\nSUB bar 1\r\nPUB foo 1\r\nf\r\nPUB bar 1\r\nb\r\n");
      assertThat(conn.pingAndCollect()).containsExactly("MSG foo 1 1\nf");
    }
  }

  @Test
  void unsubscribeWithMaxCountsDeliveredMessages() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      // Max 2, then 3 publishes: 2 delivered.
      conn.send("SUB s1 1\r\nUNSUB 1 2\r\n" + "PUB s1 1\r\nx\r\n".repeat(3));
      assertThat(conn.pingAndCollect()).hasSize(2);

      // 3 delivered, then max 2: removed at once.
      conn.send("SUB s2 2\r\n" + "PUB s2 1\r\nx\r\n".repeat(3));
      assertThat(conn.pingAndCollect()).hasSize(3);
      conn.send("UNSUB 2 2\r\nPUB s2 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).isEmpty();

      // 1 delivered, then max 2: one more.
      conn.send("SUB s3 3\r\nPUB s3 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).hasSize(1);
      conn.send("UNSUB 3 2\r\n" + "PUB s3 1\r\nx\r\n".repeat(3));
      assertThat(conn.pingAndCollect()).containsExactly("MSG s3 3 1\nx");

      // Max 0 and a non-numeric max remove at once.
      conn.send("SUB s4 4\r\nUNSUB 4 0\r\nSUB s5 5\r\nUNSUB 5 x\r\nPUB s4 1\r\nx\r\nPUB s5 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).isEmpty();

      // A later UNSUB overrides the earlier max.
      conn.send("SUB s6 6\r\nUNSUB 6 5\r\nUNSUB 6 1\r\n" + "PUB s6 1\r\nx\r\n".repeat(2));
      assertThat(conn.pingAndCollect()).containsExactly("MSG s6 6 1\nx");

      // Plain UNSUB removes at once; an unknown sid is ignored.
      conn.send("SUB s7 7\r\nUNSUB 7\r\nUNSUB 77\r\nPUB s7 1\r\nx\r\n");
      assertThat(conn.pingAndCollect()).isEmpty();
    }
  }

  @Test
  void echoFalseSuppressesOwnPlainAndQueueDeliveries() {
    try (RawConnection self = RawConnection.connect(SERVER, CONNECT_NO_ECHO);
        RawConnection other = RawConnection.connect(SERVER)) {
      self.send("SUB e 1\r\nSUB e q 2\r\n").expectAlive();
      other.send("SUB e q 1\r\n").expectAlive();
      self.send("PUB e 1\r\nx\r\n".repeat(20));
      assertThat(self.pingAndCollect()).isEmpty();
      assertThat(other.pingAndCollect()).hasSize(20);
    }
  }

  @Test
  void echoFalseRequesterStillGetsNoResponders() {
    try (RawConnection self = RawConnection.connect(SERVER,
        "CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1,\"headers\":true,"
            + "\"no_responders\":true,\"echo\":false}\r\n")) {
      self.send("SUB svc 1\r\nSUB _INBOX.e.* 2\r\nPUB svc _INBOX.e.1 1\r\nx\r\n");
      List<String> frames = self.pingAndCollect();
      assertThat(frames).hasSize(1);
      assertThat(frames.get(0)).startsWith("HMSG _INBOX.e.1 2 ").contains("NATS/1.0 503\r\n");
    }
  }

  @Test
  void opsSplitOneByteAtATime() {
    try (RawConnection conn = RawConnection.connect(SERVER)) {
      conn.sendByteByByte("SUB split 1\r\nPUB split 5\r\nhello\r\n"
          + "HPUB split 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n");
      assertThat(conn.readUntilPong())
          .containsExactly("MSG split 1 5\nhello", "HMSG split 1 12 14\nNATS/1.0\r\n\r\nhi");
    }
  }

  @Test
  void payloadMayArriveInPiecesAndContainLineEndings() {
    try (RawConnection sub = RawConnection.connect(SERVER); RawConnection pub = RawConnection.connect(SERVER)) {
      sub.send("SUB part 1\r\n").expectAlive();
      pub.send("PUB part 5\r\nhi\r\n");
      pub.expectSilence(Duration.ofMillis(200));
      pub.send("x\r\n").expectAlive();
      assertThat(sub.pingAndCollect()).containsExactly("MSG part 1 5\nhi\r\nx");
    }
  }

  @Test
  void subscriptionsGoAwayWithTheirConnection() {
    try (RawConnection pub = RawConnection.connect(SERVER, "CONNECT {\"verbose\":false,\"pedantic\":false,"
        + "\"protocol\":1,\"headers\":true,\"no_responders\":true}\r\n")) {
      try (RawConnection gone = RawConnection.connect(SERVER)) {
        gone.send("SUB svc 1\r\n").expectAlive();
      }
      pub.send("SUB _INBOX.g.* 1\r\n").expectAlive();
      // Once the subscriber's close is processed, the request has no responders.
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
        pub.send("PUB svc _INBOX.g.1 1\r\nx\r\n");
        assertThat(pub.pingAndCollect()).singleElement().asString().startsWith("HMSG _INBOX.g.1 1 ");
      });
    }
  }
}
