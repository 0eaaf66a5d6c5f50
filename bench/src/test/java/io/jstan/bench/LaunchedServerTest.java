package io.jstan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Drives a real Debian nats-server, when the machine has one, through a short run of each shape. */
class LaunchedServerTest {

    private static final Path NATS_SERVER = Path.of("/usr/sbin/nats-server");

    @Test
    void countsEveryMessageOfShortRuns() throws Exception {
        assumeTrue(Files.isExecutable(NATS_SERVER), "nats-server is not installed");
        ScenarioRunner runner = new ScenarioRunner(new ClientSettings(1024, Duration.ofSeconds(30)));
        try (LaunchedServer server = LaunchedServer.start("nats-server", NATS_SERVER, Duration.ofSeconds(10))) {
            RunResult pubSub = runner.run(server.url(), new Scenario(2, 3, 64, 10_001));
            RunResult publishOnly = runner.run(server.url(), new Scenario(2, 0, 64, 10_001));

            assertThat(pubSub.failure()).isNull();
            assertThat(pubSub.received()).isEqualTo(30_003);
            assertThat(pubSub.totalNanos()).isPositive();
            assertThat(publishOnly.failure()).isNull();
            assertThat(publishOnly.received()).isZero();
            assertThat(publishOnly.totalNanos()).isEqualTo(publishOnly.publishNanos());
        }
    }
}
