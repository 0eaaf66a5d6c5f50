package io.jstan.bench.stan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void formatsNumbersLikeUpstream() {
        assertThat(Formats.comma(0)).isEqualTo("0");
        assertThat(Formats.comma(1234567)).isEqualTo("1,234,567");
        assertThat(Formats.humanBytes(512)).isEqualTo("512.00 B");
        assertThat(Formats.humanBytes(2048)).isEqualTo("2.00 KB");
        assertThat(Formats.humanBytes(211_795_000)).isEqualTo("201.98 MB");
        assertThat(Formats.duration(999)).isEqualTo("999ns");
        assertThat(Formats.duration(145_300)).isEqualTo("145.3us");
        assertThat(Formats.duration(1_012_000)).isEqualTo("1.01ms");
        assertThat(Formats.duration(2_500_000_000L)).isEqualTo("2.500s");
    }

    @Test
    void sampleRateAndThroughput() {
        Sample s = new Sample(200_000, 200_000L * 128, 0, 0, 0, 2 * SECOND);
        assertThat(s.rate()).isEqualTo(100_000);
        assertThat(s).hasToString("100,000 msgs/sec ~ 12.21 MB/sec");
    }

    @Test
    void statisticsAcrossClients() {
        SampleGroup group = new SampleGroup();
        group.add(new Sample(100, 100, 0, 0, 0, SECOND));
        group.add(new Sample(300, 300, 0, 0, 0, SECOND));
        assertThat(group.statistics()).isEqualTo("min 100 | avg 200 | max 300 | stddev 100 msgs");
        assertThat(group.aggregate().jobMessages()).isEqualTo(400);
    }

    @Test
    void reportHasUpstreamsLayoutThenLatencies() {
        SampleGroup pubs = new SampleGroup();
        pubs.add(new Sample(1000, 1000 * 128, 0, 0, 0, SECOND));
        pubs.add(new Sample(1000, 1000 * 128, 0, 0, 0, 2 * SECOND));
        SampleGroup subs = new SampleGroup();
        subs.add(new Sample(2000, 2000 * 128, 0, 0, 0, 2 * SECOND));
        Latencies acks = new Latencies();
        acks.record(100_000);
        BenchReport report = new BenchReport(pubs, subs, acks, false, new Latencies());

        assertThat(report.render()).isEqualTo("""
                NATS Streaming Pub/Sub stats: 2,000 msgs/sec ~ 250.00 KB/sec
                 Pub stats: 1,000 msgs/sec ~ 125.00 KB/sec
                  [1] 1,000 msgs/sec ~ 125.00 KB/sec (1000 msgs)
                  [2] 500 msgs/sec ~ 62.50 KB/sec (1000 msgs)
                  min 500 | avg 750 | max 1,000 | stddev 250 msgs
                 Sub stats: 1,000 msgs/sec ~ 125.00 KB/sec
                 Pub ack latency (async): p50 100.0us | p90 100.0us | p99 100.0us | p99.9 100.0us \
                | max 100.0us (1 samples)
                """);
    }

    @Test
    void publisherOnlyReportHasNoIndent() {
        SampleGroup pubs = new SampleGroup();
        pubs.add(new Sample(1000, 1000, 0, 0, 0, SECOND));
        BenchReport report = new BenchReport(pubs, new SampleGroup(), new Latencies(), true, new Latencies());
        assertThat(report.render()).isEqualTo("Pub stats: 1,000 msgs/sec ~ 1000.00 B/sec\n");
    }

    @Test
    void csvListsSubscribersThenPublishers() {
        SampleGroup pubs = new SampleGroup();
        pubs.add(new Sample(10, 1280, 25, 4000, 0, SECOND));
        SampleGroup subs = new SampleGroup();
        subs.add(new Sample(10, 1280, 20, 3000, 0, 2 * SECOND));
        BenchReport report = new BenchReport(pubs, subs, new Latencies(), false, new Latencies());
        assertThat(CsvReport.render("RUN", report)).isEqualTo("""
                #RunID,ClientID,MsgCount,MsgBytes,MsgsPerSec,BytesPerSec,DurationSecs
                RUN,S0,20,1280,5,640.000000,2.000000
                RUN,P0,25,1280,10,1280.000000,1.000000
                """);
    }
}
