package io.jstan.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Core NATS throughput of jstan against Debian's nats-server, measured in one invocation. */
@Command(name = "core-nats-bench", sortOptions = false,
        description = "Publishes and receives through two NATS servers in alternating rounds and"
                + " prints median rates and the jstan/nats-server ratio.")
public final class CoreNatsBench implements Callable<Integer> {

    private static final String CANDIDATE = "jstan";
    private static final String BASELINE = "nats-server";

    @Option(names = "--jstan-cmd", paramLabel = "PATH",
            description = "Launcher started as PATH -a 127.0.0.1 -p PORT (default: ${DEFAULT-VALUE}).")
    Path jstanCommand = Path.of("bin/nats-streaming-server");

    @Option(names = "--jstan-url", paramLabel = "URL",
            description = "Use a server already running at URL in the jstan role instead.")
    String jstanUrl;

    @Option(names = "--baseline-cmd", paramLabel = "PATH",
            description = "Baseline server executable (default: ${DEFAULT-VALUE}).")
    Path baselineCommand = Path.of("/usr/sbin/nats-server");

    @Option(names = "--baseline-url", paramLabel = "URL",
            description = "Use a baseline server already running at URL instead.")
    String baselineUrl;

    @Option(names = "--baseline-only",
            description = "Launch the baseline executable in the jstan role too (validates the tool).")
    boolean baselineOnly;

    @Option(names = "--sizes", split = ",", paramLabel = "BYTES=MSGS",
            description = "Payload sizes with their message counts (default: ${DEFAULT-VALUE}).")
    Map<Integer, Long> sizes = defaultSizes();

    @Option(names = "--clients", split = ",", paramLabel = "N",
            description = "Scenarios of N publishers and N subscribers (default: ${DEFAULT-VALUE}).")
    List<Integer> clients = new ArrayList<>(List.of(1, 4));

    @Option(names = "--publish-only",
            description = "No subscribers: measures the publishing side and the client's own ceiling.")
    boolean publishOnly;

    @Option(names = "--rounds", paramLabel = "N", description = "Rounds per scenario and server (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup-msgs", paramLabel = "MSGS",
            description = "Uncounted 1p/1s 128B run per server first, to warm the client (default: ${DEFAULT-VALUE}; 0 skips).")
    long warmupMessages = 500_000;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Limit for one run (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 120;

    @Option(names = "--start-timeout", paramLabel = "SECONDS",
            description = "Limit for a launched server to greet a client (default: ${DEFAULT-VALUE}).")
    int startTimeoutSeconds = 20;

    @Option(names = "--out-queue", paramLabel = "MSGS",
            description = "Client outgoing queue length per publisher (default: ${DEFAULT-VALUE}).")
    int outgoingQueue = 65_536;

    private static Map<Integer, Long> defaultSizes() {
        Map<Integer, Long> sizes = new LinkedHashMap<>();
        sizes.put(128, 1_000_000L);
        sizes.put(1024, 250_000L);
        return sizes;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new CoreNatsBench())
                // A server that will not start is a message for the user, not a stack trace.
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("core-nats-bench: " + e.getMessage());
                    return 2;
                });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (baselineOnly && jstanUrl != null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--baseline-only and --jstan-url exclude each other");
        }
        PrintStream out = System.out;
        ScenarioRunner runner = new ScenarioRunner(
                new ClientSettings(outgoingQueue, Duration.ofSeconds(timeoutSeconds)));
        String candidateName = baselineOnly ? BASELINE + "#2" : CANDIDATE;
        try (Targets targets = new Targets()) {
            BenchTarget candidate = targets.add(candidateName, jstanUrl,
                    baselineOnly ? baselineCommand : jstanCommand, startTimeout());
            BenchTarget baseline = targets.add(BASELINE, baselineUrl, baselineCommand, startTimeout());
            out.printf("%s: %s%n%s: %s%ncores: %d, java %s%n", candidate.name(), candidate.description(),
                    baseline.name(), baseline.description(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            warmUp(runner, candidate, baseline, out);
            ResultTable table = new ResultTable(candidate.name(), baseline.name());
            for (int round = 1; round <= rounds; round++) {
                // Flip the order every round so a drifting machine load favours neither server.
                List<BenchTarget> order = round % 2 == 1 ? List.of(candidate, baseline) : List.of(baseline, candidate);
                for (Scenario scenario : scenarios()) {
                    for (BenchTarget target : order) {
                        RunResult result = runner.run(target.url(), scenario);
                        table.add(scenario, target.name(), result);
                        printRun(out, round, scenario, target, result);
                    }
                }
            }
            table.print(out);
            return table.anyFailed() ? 1 : 0;
        }
    }

    private Duration startTimeout() {
        return Duration.ofSeconds(startTimeoutSeconds);
    }

    private List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (int n : clients) {
            for (Map.Entry<Integer, Long> size : sizes.entrySet()) {
                scenarios.add(new Scenario(n, publishOnly ? 0 : n, size.getKey(), size.getValue()));
            }
        }
        return scenarios;
    }

    private void warmUp(ScenarioRunner runner, BenchTarget candidate, BenchTarget baseline, PrintStream out)
            throws InterruptedException {
        if (warmupMessages <= 0) {
            return;
        }
        Scenario warmup = new Scenario(1, publishOnly ? 0 : 1, 128, warmupMessages);
        for (BenchTarget target : List.of(candidate, baseline)) {
            printRun(out, 0, warmup, target, runner.run(target.url(), warmup));
        }
    }

    private static void printRun(PrintStream out, int round, Scenario scenario, BenchTarget target,
                                 RunResult result) {
        String roundLabel = round == 0 ? "warm-up" : "round " + round;
        if (result.ok()) {
            out.printf("%-8s %-12s %-14s pub %14s  sub %14s  aggregate %14s msgs/s  %.2f s%n",
                    roundLabel, scenario.label(), target.name(),
                    ResultTable.rate(result.publishRate()), ResultTable.rate(result.receiveRate()),
                    ResultTable.rate(result.aggregateRate()), result.totalNanos() / 1e9);
        } else {
            out.printf("%-8s %-12s %-14s FAILED: %s%n", roundLabel, scenario.label(), target.name(),
                    result.failure());
        }
        out.flush();
    }
}
