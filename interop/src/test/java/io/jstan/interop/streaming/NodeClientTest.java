package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The official Node client ({@code node-nats-streaming} 0.3.x) runs {@code src/test/node/smoke.js}:
 * 1,000 acknowledged publishes, a durable read from the start, close, reconnect and resume.
 * Skipped when {@code node} or the installed package is missing ({@code bin/run-tests} installs it).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class NodeClientTest {

  @RegisterExtension
  static final StanServer SERVER = StanServer.withArgs();

  private static final long RUN_SECONDS = 75;

  @Test
  void publishDurableSubscribeAndResume() throws Exception {
    Path dir = nodeDir();
    assumeTrue(Files.isDirectory(dir.resolve("node_modules/node-nats-streaming")),
        "node-nats-streaming not installed in " + dir + " (npm ci --prefix " + dir + ")");
    String node = findOnPath("node");
    assumeTrue(node != null, "node not on the PATH");

    Path output = Files.createTempFile("node-smoke", ".log");
    Process process = new ProcessBuilder(node, "smoke.js", SERVER.url(), StanServer.CLUSTER_ID)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    try {
      boolean finished = process.waitFor(RUN_SECONDS, TimeUnit.SECONDS);
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("node finished; output:\n" + log).isTrue();
      assertThat(process.exitValue()).as("exit code; output:\n" + log).isZero();
      assertThat(log).contains("OK published=1000 first=500 resumed=500");
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  private static Path nodeDir() {
    String root = System.getProperty("jstan.repo.root", "..");
    return Path.of(root, "interop", "src", "test", "node").toAbsolutePath().normalize();
  }

  private static String findOnPath(String program) throws IOException {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
