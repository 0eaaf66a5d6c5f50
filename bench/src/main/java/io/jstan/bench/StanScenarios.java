package io.jstan.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.jstan.bench.stan.Backends;
import io.jstan.bench.stan.BenchRun;
import io.jstan.bench.stan.ResidentMemory;
import io.jstan.bench.stan.StanBenchOptions;
import io.jstan.bench.stan.report.BenchReport;
import io.jstan.bench.stan.report.Formats;
import io.jstan.bench.stan.report.Latencies;
import io.nats.client.NUID;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs DESIGN.md's streaming scenarios 1-5 against one server and prints them beside upstream's figures. */
@Command(name = "stan-scenarios", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Scenarios 1-5 of the performance plan against a running NATS Streaming server.")
public final class StanScenarios implements Callable<Integer> {

    /** Which upstream column of DESIGN.md the figures are compared with. */
    enum Store { MEMORY, FILE }

    @Option(names = "-s", paramLabel = "URL", description = "Server URL (default: ${DEFAULT-VALUE}).")
    String url = "nats://127.0.0.1:4222";

    @Option(names = "-c", paramLabel = "ID", description = "Cluster ID (default: ${DEFAULT-VALUE}).")
    String clusterId = "test-cluster";

    @Option(names = "-client", paramLabel = "direct|official", description = "Client (default: ${DEFAULT-VALUE}).")
    String client = "direct";

    @Option(names = "-pid", paramLabel = "PID", description = "Server process, for scenario 5 (resident memory).")
    Long pid;

    @Option(names = "-n", paramLabel = "MSGS", description = "Messages per throughput run (default: ${DEFAULT-VALUE}).")
    int messages = 1_000_000;

    @Option(names = "-ln", paramLabel = "MSGS", description = "Sync publishes for latency (default: ${DEFAULT-VALUE}).")
    int latencyMessages = 20_000;

    @Option(names = "-store", paramLabel = "memory|file",
            description = "Store of the server, to pick upstream's column (file means file+sync) (default: ${DEFAULT-VALUE}).")
    Store store = Store.MEMORY;

    private final String runId = NUID.nextGlobal().substring(0, 8);
    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) {
        int code = new CommandLine(new StanScenarios()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() throws Exception {
        boolean memory = store == Store.MEMORY;
        scenarioFourAndFive(memory);
        BenchReport one = run("s1", 1, 0, false, messages, false);
        rate("1: 1 pub async, MaxPubAcksInFlight 16384", one.publishers().aggregate().rate(), memory ? 276_000 : 249_000);
        BenchReport two = run("s2a", 1, 1, false, messages, true);
        rate("2: 1 pub + 1 sub (aggregate)", two.total().rate(), memory ? 298_000 : 223_000);
        BenchReport four = run("s2b", 4, 4, false, messages, true);
        rate("2: 4 pubs + 4 subs (aggregate)", four.total().rate(), memory ? 392_000 : 359_000);
        Latencies sync = run("s3", 1, 0, true, latencyMessages, false).pubAcks();
        rows.add(new String[] {"3: sync publish p50 / p99 / p99.9",
                Formats.duration(sync.percentile(50)) + " / " + Formats.duration(sync.percentile(99)) + " / "
                        + Formats.duration(sync.percentile(99.9)),
                memory ? "145.0us / 320.0us" : "605.0us / 1.01ms", ""});
        print(System.out);
        return 0;
    }

    /** Publishes the replay channel (measuring the server's growth), then reads it back from the start. */
    private void scenarioFourAndFive(boolean memory) throws Exception {
        long before = pid == null ? 0 : ResidentMemory.bytesOf(pid);
        run("s4", 1, 0, false, messages, false);
        long after = pid == null ? 0 : ResidentMemory.bytesOf(pid);
        BenchReport replay = run("s4", 0, 1, false, messages, false);
        rate("4: replay " + Formats.comma(messages) + " to a new subscriber", replay.subscribers().aggregate().rate(),
                memory ? 364_000 : 316_000);
        if (pid == null) {
            rows.add(new String[] {"5: resident bytes per stored message", "skipped (no -pid)", "465 B", ""});
            return;
        }
        long perMessage = (after - before) / Math.max(1, messages);
        rows.add(new String[] {"5: resident bytes per stored message",
                perMessage + " B (RSS " + Formats.humanBytes(before) + " -> " + Formats.humanBytes(after) + ")",
                memory ? "465 B" : "-", memory ? ratio(465, perMessage) : ""});
    }

    private BenchReport run(String scenario, int pubs, int subs, boolean sync, int count, boolean fromOldest)
            throws Exception {
        StanBenchOptions options = new StanBenchOptions();
        options.servers = url;
        options.clusterId = clusterId;
        options.client = StanBenchOptions.Client.valueOf(client.toUpperCase(Locale.ROOT));
        options.clientId = "scenario-" + scenario;
        options.subject = "bench-" + runId + "-" + scenario;
        options.publishers = pubs;
        options.subscribers = subs;
        options.messages = count;
        options.syncPublish = sync;
        options.maxPubAcksInFlight = 16_384;
        // Live runs take only what they publish; the replay run starts from the oldest.
        options.ignoreOld = !fromOldest && pubs > 0;
        System.err.println("scenario " + scenario + ":");
        return new BenchRun(options, Backends.of(options), System.err, false).run();
    }

    private void rate(String name, long measured, long upstream) {
        rows.add(new String[] {name, Formats.comma(measured) + " msgs/sec", Formats.comma(upstream) + " msgs/sec",
                ratio(measured, upstream)});
    }

    private static String ratio(double numerator, double denominator) {
        return String.format(Locale.ROOT, "%.2fx", numerator / denominator);
    }

    private void print(PrintStream out) {
        String[] header = {"scenario (" + store.name().toLowerCase(Locale.ROOT) + " store, " + client + " client)",
                "measured", "upstream", "ratio"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i])).append(i + 1 < row.length ? " | " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
