package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs one script of {@code src/test/node} with the official Node client against a server and
 * checks it exits 0. Assumes {@code node} and the installed package ({@code bin/run-tests}
 * installs them): without them the calling test is skipped.
 */
final class NodeScript {

  private NodeScript() {
  }

  /** Runs {@code script URL CLUSTER_ID} and returns its output once it has succeeded. */
  static String run(String script, String url, long timeoutSeconds) throws Exception {
    Path dir = nodeDir();
    assumeTrue(Files.isDirectory(dir.resolve("node_modules/node-nats-streaming")),
        "node-nats-streaming not installed in " + dir + " (npm ci --prefix " + dir + ")");
    String node = findOnPath("node");
    assumeTrue(node != null, "node not on the PATH");

    Path output = Files.createTempFile("node-" + script, ".log");
    Process process = new ProcessBuilder(node, script, url, StanServer.CLUSTER_ID)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    try {
      boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as("node finished; output:\n" + log).isTrue();
      assertThat(process.exitValue()).as("exit code; output:\n" + log).isZero();
      return log;
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(output);
    }
  }

  private static Path nodeDir() {
    String root = System.getProperty("jstan.repo.root", "..");
    return Path.of(root, "interop", "src", "test", "node").toAbsolutePath().normalize();
  }

  private static String findOnPath(String program) {
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
