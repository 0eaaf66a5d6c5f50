package io.jstan.interop;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client speaking the NATS text protocol over a plain socket, for byte-exact checks.
 *
 * <p>Every read is bounded by a socket timeout. Reads return whole frames: a control line, or for
 * MSG/HMSG the control line, a newline and the payload. Server PINGs are answered and skipped
 * unless {@link #answerServerPings(boolean)} turns that off, so that a test that happens to cross
 * the server's first RTT probe does not see it.
 */
public final class RawConnection implements AutoCloseable {

  /** What jnats sends, minus the client identification. */
  public static final String CONNECT_QUIET =
      "CONNECT {\"verbose\":false,\"pedantic\":false,\"protocol\":1,\"headers\":true,\"no_responders\":true}\r\n";

  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private boolean answerServerPings = true;

  private RawConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Opens a socket and reads nothing yet. */
  public static RawConnection open(ServerProcess server) {
    return open(server, 0);
  }

  /** Opens a socket with the given receive buffer size (0 = system default). */
  public static RawConnection open(ServerProcess server, int receiveBufferSize) {
    try {
      Socket socket = new Socket();
      if (receiveBufferSize > 0) {
        socket.setReceiveBufferSize(receiveBufferSize);
      }
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(server.host(), server.port()), 5_000);
      socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
      return new RawConnection(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a socket, reads INFO, and sends {@code connect} followed by PING, expecting PONG, or
   * {@code +OK} then PONG when the CONNECT asks for verbose.
   */
  public static RawConnection connect(ServerProcess server, String connect) {
    RawConnection conn = open(server);
    conn.readInfo();
    conn.send(connect + "PING\r\n");
    List<String> beforePong = conn.readUntilPong();
    if (connect.contains("\"verbose\":true")) {
      assertThat(beforePong).containsExactly("+OK");
    } else {
      assertThat(beforePong).isEmpty();
    }
    return conn;
  }

  /** Connected like jnats does: not verbose, not pedantic, headers and no-responders on. */
  public static RawConnection connect(ServerProcess server) {
    return connect(server, CONNECT_QUIET);
  }

  public RawConnection answerServerPings(boolean answer) {
    this.answerServerPings = answer;
    return this;
  }

  public void setReadTimeout(Duration timeout) {
    try {
      socket.setSoTimeout((int) timeout.toMillis());
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the first line, which must be INFO, and returns it without its line ending. */
  public String readInfo() {
    String line = readLine();
    // Go puts a space before the CRLF; clients accept the line with or without it.
    assertThat(line).startsWith("INFO {").matches("(?s).*\\} ?");
    return line;
  }

  public RawConnection send(String text) {
    return send(text.getBytes(UTF_8));
  }

  public RawConnection send(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one byte per write, flushing each, to split every op across many TCP segments. */
  public RawConnection sendByteByByte(String text) {
    try {
      for (byte b : text.getBytes(UTF_8)) {
        out.write(b);
        out.flush();
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one frame and asserts it equals {@code expected} (MSG payloads after a newline). */
  public RawConnection expect(String expected) {
    assertThat(readFrame()).isEqualTo(expected);
    return this;
  }

  /** Reads frames up to and including the next PONG, which is not returned. */
  public List<String> readUntilPong() {
    List<String> frames = new ArrayList<>();
    for (String frame = readFrame(); !frame.equals("PONG"); frame = readFrame()) {
      frames.add(frame);
    }
    return frames;
  }

  /** Sends PING and returns every frame that arrives before the PONG. */
  public List<String> pingAndCollect() {
    send("PING\r\n");
    return readUntilPong();
  }

  /**
   * Reads one frame: a control line without its CRLF; for MSG and HMSG the control line, a
   * {@code \n} and the payload (headers included for HMSG).
   */
  public String readFrame() {
    while (true) {
      String line = readLine();
      if (answerServerPings && line.equals("PING")) {
        send("PONG\r\n");
        continue;
      }
      if (line.startsWith("MSG ") || line.startsWith("HMSG ")) {
        String[] tokens = line.split(" ");
        int size = Integer.parseInt(tokens[tokens.length - 1]);
        byte[] payload = readExactly(size + 2);
        assertThat(new String(payload, size, 2, ISO_8859_1)).as("payload terminator").isEqualTo("\r\n");
        return line + "\n" + new String(payload, 0, size, UTF_8);
      }
      return line;
    }
  }

  /** Reads a line ending in CRLF and returns it without the CRLF. */
  public String readLine() {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      while (true) {
        int b = in.read();
        if (b < 0) {
          fail("connection closed; partial line: '" + line.toString(UTF_8) + "'");
        }
        if (b == '\n') {
          byte[] bytes = line.toByteArray();
          assertThat(bytes.length > 0 && bytes[bytes.length - 1] == '\r')
              .as("line '%s' must end in CRLF", line.toString(UTF_8)).isTrue();
          return new String(bytes, 0, bytes.length - 1, UTF_8);
        }
        line.write(b);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no complete line within the read timeout; partial: '"
          + line.toString(UTF_8) + "'", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] readExactly(int size) {
    try {
      byte[] bytes = in.readNBytes(size);
      if (bytes.length < size) {
        fail("connection closed after " + bytes.length + " of " + size + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the server closes the connection without sending anything more. */
  public void expectClosed() {
    try {
      int b = in.read();
      if (b >= 0) {
        byte[] rest = in.readNBytes(Math.max(0, Math.min(in.available(), 200)));
        fail("expected the server to close, but got: '" + (char) b + new String(rest, UTF_8) + "'");
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server did not close the connection within the read timeout", e);
    } catch (SocketException reset) {
      // A reset is a close too: the server may abort when unread input is pending.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the server sends exactly {@code -ERR 'text'} and then closes the connection. */
  public void expectErrAndClose(String text) {
    expect("-ERR '" + text + "'");
    expectClosed();
  }

  /** Asserts nothing arrives within {@code quiet}; the connection stays open. */
  public void expectSilence(Duration quiet) {
    try {
      socket.setSoTimeout((int) quiet.toMillis());
      int b = in.read();
      if (b < 0) {
        fail("expected silence, but the server closed the connection");
      }
      byte[] rest = in.readNBytes(Math.max(0, Math.min(in.available(), 200)));
      fail("expected silence, but got: '" + (char) b + new String(rest, UTF_8) + "'");
    } catch (SocketTimeoutException expected) {
      // Nothing arrived: what we wanted.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      setReadTimeout(READ_TIMEOUT);
    }
  }

  /** Asserts the connection still works: PING gets PONG with nothing in between. */
  public void expectAlive() {
    assertThat(pingAndCollect()).isEmpty();
  }

  /** Reads and discards everything until the server closes; returns how many bytes came. */
  public long drainUntilClosed(Duration timeout) {
    return drainUntilClosed(timeout, chunk -> { });
  }

  /** Reads everything until the server closes, handing each chunk to {@code sink}. */
  public long drainUntilClosed(Duration timeout, java.util.function.Consumer<byte[]> sink) {
    long total = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    byte[] buffer = new byte[64 * 1024];
    try {
      while (System.nanoTime() < deadline) {
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException e) {
          continue;
        } catch (SocketException reset) {
          return total;
        }
        if (n < 0) {
          return total;
        }
        total += n;
        sink.accept(java.util.Arrays.copyOf(buffer, n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("connection still open after " + timeout + " (" + total + " bytes read)");
  }

  /**
   * Asserts that a fresh client on {@code server} can still subscribe, publish and receive: used
   * after a bad client was thrown out, to show the damage stayed with that client.
   */
  public static void assertServerStillServes(ServerProcess server) {
    try (RawConnection sub = connect(server); RawConnection pub = connect(server)) {
      sub.send("SUB still.alive 1\r\n").expectAlive();
      pub.send("PUB still.alive 2\r\nok\r\n").expectAlive();
      sub.expect("MSG still.alive 1 2\nok");
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket the server already dropped.
    }
  }
}
