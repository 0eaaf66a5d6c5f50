package io.jstan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.jstan.bench.stan.Backends;
import io.jstan.bench.stan.BenchRun;
import io.jstan.bench.stan.FlagParser;
import io.jstan.bench.stan.StanBenchOptions;
import io.jstan.bench.stan.report.BenchReport;
import io.jstan.bench.stan.report.CsvReport;
import io.nats.client.NUID;

/** stan-bench for NATS Streaming servers: upstream's flags and report, plus PubAck and delivery latencies. */
public final class StanBench {

    private StanBench() {
    }

    public static void main(String[] args) {
        StanBenchOptions options;
        try {
            options = FlagParser.parse(args);
        } catch (FlagParser.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(FlagParser.usage());
            System.exit(2);
            return;
        }
        try {
            // Progress goes to stderr, so only a terminal there may take the in-place rewrites.
            BenchReport report = new BenchRun(options, Backends.of(options), System.err, System.console() != null)
                    .run();
            System.out.print(report.render());
            if (!options.csvFile.isEmpty()) {
                writeCsv(options.csvFile, report);
                System.out.println("Saved metric data in csv file " + options.csvFile);
            }
        } catch (Exception e) {
            System.err.println("stan-bench: " + e.getMessage());
            System.exit(1);
        }
        // Dispatcher and timer threads of the clients must not keep the process alive.
        System.exit(0);
    }

    private static void writeCsv(String file, BenchReport report) throws IOException {
        Files.writeString(Path.of(file), CsvReport.render(NUID.nextGlobal(), report), StandardCharsets.UTF_8);
    }
}
