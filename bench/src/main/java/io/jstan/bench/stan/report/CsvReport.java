package io.jstan.bench.stan.report;

import java.util.List;
import java.util.Locale;

/** Per-client results in upstream's CSV layout: subscribers (S0..) first, then publishers (P0..). */
public final class CsvReport {

    static final String HEADER = "#RunID,ClientID,MsgCount,MsgBytes,MsgsPerSec,BytesPerSec,DurationSecs";

    private CsvReport() {
    }

    public static String render(String runId, BenchReport report) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        rows(out, runId, "S", report.subscribers().samples());
        rows(out, runId, "P", report.publishers().samples());
        return out.toString();
    }

    private static void rows(StringBuilder out, String runId, String prefix, List<Sample> samples) {
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            // MsgCount is the connection's NATS message count, as upstream records it.
            out.append(String.format(Locale.ROOT, "%s,%s%d,%d,%d,%d,%f,%f\n", runId, prefix, i, s.natsMessages(),
                    s.messageBytes(), s.rate(), s.throughput(), s.seconds()));
        }
    }
}
