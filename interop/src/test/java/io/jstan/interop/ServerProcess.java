package io.jstan.interop;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server under test as a separate OS process on a free loopback port.
 *
 * <p>Use it with try-with-resources, or register it with {@code @RegisterExtension} on a static
 * field to get one server per test class. The program is chosen by the system property
 * {@code jstan.test.server}: {@code jstan} (the default) runs {@code bin/nats-streaming-server}
 * from the repository root, {@code nats-server} runs the reference Go server. Both accept the
 * flags used here. {@link #natsServer} and {@link #streamingOver} start the pair that runs jstan
 * over an external NATS server. The process's output goes to a file under {@code target/server-logs}.
 */
public final class ServerProcess implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  /** The reference implementation: lets the suite be checked before jstan is ready. */
  public static final String NATS_SERVER = "nats-server";
  public static final String JSTAN = "jstan";

  private static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** What a streaming server over an external NATS server prints once it listens on its subjects. */
  private static final String STREAMING_READY = "STREAM: Streaming Server is ready";

  private final List<String> program;
  private final List<String> extraArgs;
  private final String readyLine;
  private final int port;
  private final Path logFile;
  private Process process;
  /** Where this run's output starts in the log file: a restart appends to it. */
  private int startOffset;

  private ServerProcess(List<String> program, String name, List<String> extraArgs, String readyLine) {
    this.program = program;
    this.extraArgs = List.copyOf(extraArgs);
    this.readyLine = readyLine;
    this.port = freePort();
    this.logFile = logDir().resolve(name + "-" + SEQUENCE.incrementAndGet() + "-" + port + ".log");
  }

  /** A server that will run with the given extra flags once started. */
  public static ServerProcess withArgs(String... extraArgs) {
    return new ServerProcess(launcher(), kind(), List.of(extraArgs), null);
  }

  /** The reference core NATS server, whatever {@link #kind()} says: the external server of jstan. */
  public static ServerProcess natsServer(String... extraArgs) {
    return new ServerProcess(List.of(natsServerPath()), NATS_SERVER, List.of(extraArgs), null);
  }

  /**
   * jstan over the external NATS server at {@code natsUrl}: it opens no port of its own, so it is
   * ready once it says so in its log.
   */
  public static ServerProcess streamingOver(String natsUrl, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("-ns", natsUrl));
    args.addAll(List.of(extraArgs));
    return new ServerProcess(jstanLauncher(), JSTAN + "-ns", args, STREAMING_READY);
  }

  /** Starts a server with the given extra flags and waits until it accepts connections. */
  public static ServerProcess launch(String... extraArgs) {
    ServerProcess server = withArgs(extraArgs);
    server.start();
    return server;
  }

  /** Which program the suite runs: {@link #JSTAN} or {@link #NATS_SERVER}. */
  public static String kind() {
    return System.getProperty("jstan.test.server", JSTAN).trim();
  }

  public static boolean isNatsServer() {
    return NATS_SERVER.equals(kind());
  }

  public int port() {
    return port;
  }

  public String host() {
    return HOST;
  }

  /** The client URL, {@code nats://127.0.0.1:PORT}. */
  public String url() {
    return "nats://" + HOST + ":" + port;
  }

  public Path logFile() {
    return logFile;
  }

  /** Launches the process and blocks until its client port accepts a TCP connection. */
  public synchronized void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running on port " + port);
    }
    List<String> command = new ArrayList<>(program);
    command.addAll(List.of("-a", HOST, "-p", Integer.toString(port)));
    command.addAll(extraArgs);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Files.writeString(logFile, "### " + String.join(" ", command) + System.lineSeparator(),
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      startOffset = readLog().length();
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch " + command, e);
    }
    if (readyLine == null) {
      awaitListening();
    } else {
      awaitLogLine(readyLine, startOffset);
    }
  }

  /** Stops the process (politely, then forcibly) and starts it again on the same port. */
  public synchronized void restart() {
    stop();
    start();
  }

  /** Stops the process through its own handle; never by name. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    Process p = process;
    process = null;
    List<ProcessHandle> children = p.descendants().toList();
    p.destroy();
    try {
      if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    // A launcher script that forked instead of exec'ing leaves its child behind.
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Kills the process at once (SIGKILL): no shutdown hook runs, as in a crash. */
  public synchronized void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    Process p = process;
    process = null;
    p.destroyForcibly();
    p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  private void awaitListening() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue()
            + " before listening; output:\n" + readLog());
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(HOST, port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    stop();
    throw new IllegalStateException("server did not listen on " + HOST + ":" + port + " within "
        + START_TIMEOUT.toSeconds() + " s; output:\n" + readLog());
  }

  /** Waits until this run's output holds {@code line}. */
  public void awaitLogLine(String line) {
    awaitLogLine(line, startOffset);
  }

  private void awaitLogLine(String line, int from) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (readLog().indexOf(line, from) >= 0) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue()
            + " before logging '" + line + "'; output:\n" + readLog());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stop();
    throw new IllegalStateException("server did not log '" + line + "' within "
        + START_TIMEOUT.toSeconds() + " s; output:\n" + readLog());
  }

  /** Everything the process printed so far. */
  public String readLog() {
    try {
      return Files.readString(logFile);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  private static List<String> launcher() {
    String kind = kind();
    if (NATS_SERVER.equals(kind)) {
      return List.of(natsServerPath());
    }
    if (JSTAN.equals(kind)) {
      return jstanLauncher();
    }
    throw new IllegalStateException("unknown jstan.test.server '" + kind
        + "', expected " + JSTAN + " or " + NATS_SERVER);
  }

  private static String natsServerPath() {
    return System.getProperty("jstan.test.natsServerPath", "/usr/sbin/nats-server");
  }

  private static List<String> jstanLauncher() {
    Path script = repoRoot().resolve("bin").resolve("nats-streaming-server");
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException("launcher not found or not executable: " + script);
    }
    return List.of(script.toString());
  }

  private static Path repoRoot() {
    String root = System.getProperty("jstan.repo.root");
    Path path = root != null ? Path.of(root) : Path.of("..");
    return path.toAbsolutePath().normalize();
  }

  private static Path logDir() {
    Path dir = Path.of(System.getProperty("jstan.test.logDir", "target/server-logs"));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port that was free a moment ago; the server binds it right after. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
