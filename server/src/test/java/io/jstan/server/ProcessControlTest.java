package io.jstan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launched program as operators drive it: configuration file, log file, pid file,
 * monitoring, signals and exit codes. Needs the packaged jar, like {@link LauncherTest}.
 */
class ProcessControlTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = MODULE.resolveSibling("bin").resolve("nats-streaming-server");
    private static final Path JAR = MODULE.resolve("target/nats-streaming-server.jar");
    private static final Path CONFIG = MODULE.resolve("src/test/resources/config");
    private static final String READY = "[INF] STREAM: Streaming Server is ready";

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
    void configFileLogFilePidFileMonitoringAndSignals(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        Path pid = dir.resolve("server.pid");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "-c", CONFIG.resolve("process.conf").toString(),
                "-l", log.toString(), "-P", pid.toString(), "-mm", "20")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        try {
            awaitLine(process, log, READY);
            assertThat(Files.readString(pid)).isEqualTo(Long.toString(process.pid()));
            Matcher http = Pattern.compile("Starting http monitor on 127\\.0\\.0\\.1:(\\d+)").matcher(Files.readString(log));
            assertThat(http.find()).isTrue();
            String serverz = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http.group(1) + "/streaming/storez")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(serverz).contains("\"cluster_id\": \"proc-cluster\"", "\"max_msgs\": 20");

            // Rotation: the file is moved away, SIGUSR1 makes the server write to a new one.
            Path rotated = dir.resolve("server.log.1");
            Files.move(log, rotated);
            signal(process, "USR1");
            awaitLine(process, log, "[INF] STREAM: File log re-opened");

            signal(process, "INT");
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readString(log)).contains("[INF] STREAM: Shutting down.");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void sigtermShutsDownWithStatus143(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("server.log");
        Process process = new ProcessBuilder(LAUNCHER.toString(), "-p", "-1", "-l", log.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        try {
            awaitLine(process, log, READY);
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
            assertThat(Files.readString(log)).contains("[INF] STREAM: Shutting down.");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badConfigFileIsReportedOnStderrWithStatus1() throws Exception {
        Path bad = CONFIG.resolve("bad-type.conf");
        Result result = run("-c", bad.toString());
        assertThat(result.status).isEqualTo(1);
        assertThat(result.stdout).isEmpty();
        assertThat(result.stderr).isEqualTo(bad + ":3: parameter \"max_age\" value is expected to be string, got int64\n");
    }

    @Test
    void unknownFlagPrintsUsageAndExitsZeroAsUpstream() throws Exception {
        Result result = run("-nosuchflag");
        assertThat(result.status).isZero();
        assertThat(result.stderr).isEqualTo("flag provided but not defined: -nosuchflag\n");
        assertThat(result.stdout).contains("Usage: nats-streaming-server [options]");
    }

    private record Result(int status, String stdout, String stderr) {
    }

    private static Result run(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = LAUNCHER.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private static void signal(Process process, String name) throws Exception {
        assertThat(new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor()).isZero();
    }

    private static void awaitLine(Process process, Path log, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(log) || !Files.readString(log).contains(text)) {
            assertThat(process.isAlive() && System.nanoTime() < deadline).as("alive, waiting for " + text).isTrue();
            Thread.sleep(20);
        }
    }
}
