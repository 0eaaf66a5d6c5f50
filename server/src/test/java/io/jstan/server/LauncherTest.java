package io.jstan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/nats-streaming-server} as users do. Needs the packaged jar: skipped when it is
 * missing or older than the compiled classes (the package phase runs this class again).
 */
class LauncherTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = MODULE.resolveSibling("bin").resolve("nats-streaming-server");
    private static final Path JAR = MODULE.resolve("target/nats-streaming-server.jar");
    private static final String LOG_LINE = "\\[\\d+] \\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} \\[(INF|WRN|ERR|FTL|DBG|TRC)] .*";

    @BeforeAll
    static void packagedJarIsCurrent() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "no packaged jar; run mvn package");
        long jarTime = Files.getLastModifiedTime(JAR).toMillis();
        try (Stream<Path> classes = Files.walk(MODULE.resolve("target/classes"))) {
            long newest = classes.mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
            assumeTrue(jarTime >= newest, "packaged jar older than the classes; run mvn package");
        }
    }

    @Test
    void logsGoToStderrAndNothingToStdout(@TempDir Path dir) throws Exception {
        // Files rather than pipes: a pipe may be closed under its reader when the process ends.
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "-p", "-1", "-SD")
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(err).contains("[INF] STREAM: Streaming Server is ready")) {
                assertThat(process.isAlive() && System.nanoTime() < deadline).as("alive and not yet ready").isTrue();
                Thread.sleep(20);
            }
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(out)).isEmpty();
        assertThat(Files.readAllLines(err))
                .allSatisfy(line -> assertThat(line).matches(LOG_LINE))
                .anySatisfy(line -> assertThat(line).endsWith("[DBG] STREAM: Discover subject:           "
                        + "_STAN.discover.test-cluster"))
                .anySatisfy(line -> assertThat(line).endsWith("[INF] STREAM: Shutting down."));
    }

    @Test
    void flagErrorsGoToStderr() throws Exception {
        Process process = new ProcessBuilder(LAUNCHER.toString(), "-ft_group", "group").start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("not supported yet: -ft_group\n");
    }
}
