package io.jstan.bench.stan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlagParserTest {

    @Test
    void defaultsAreUpstreams() throws Exception {
        StanBenchOptions o = FlagParser.parse();
        assertThat(o.servers).isEqualTo("nats://127.0.0.1:4222");
        assertThat(o.clusterId).isEqualTo("test-cluster");
        assertThat(o.clientId).isEqualTo("benchmark");
        assertThat(o.publishers).isEqualTo(10);
        assertThat(o.subscribers).isZero();
        assertThat(o.messages).isEqualTo(100_000);
        assertThat(o.messageSize).isEqualTo(128);
        assertThat(o.maxPubAcksInFlight).isEqualTo(512);
        assertThat(o.syncPublish).isFalse();
        assertThat(o.ignoreOld).isFalse();
        assertThat(o.client).isEqualTo(StanBenchOptions.Client.DIRECT);
        assertThat(o.subject).isEqualTo("foo");
    }

    @Test
    void readsValuesSeparateOrAfterEqualsWithOneOrTwoDashes() throws Exception {
        StanBenchOptions o = FlagParser.parse("-s", "nats://h:1", "--np=2", "-ns", "3", "-n=1000", "--ms", "64",
                "-mpa", "16384", "-c", "prod", "-id", "b", "-qgroup", "q", "-csv", "out.csv", "-client", "official",
                "bar");
        assertThat(o.servers).isEqualTo("nats://h:1");
        assertThat(o.publishers).isEqualTo(2);
        assertThat(o.subscribers).isEqualTo(3);
        assertThat(o.messages).isEqualTo(1000);
        assertThat(o.messageSize).isEqualTo(64);
        assertThat(o.maxPubAcksInFlight).isEqualTo(16384);
        assertThat(o.clusterId).isEqualTo("prod");
        assertThat(o.clientId).isEqualTo("b");
        assertThat(o.queueGroup).isEqualTo("q");
        assertThat(o.csvFile).isEqualTo("out.csv");
        assertThat(o.client).isEqualTo(StanBenchOptions.Client.OFFICIAL);
        assertThat(o.subject).isEqualTo("bar");
    }

    @Test
    void booleansAreBareOrExplicitAndDoNotTakeTheNextArgument() throws Exception {
        StanBenchOptions o = FlagParser.parse("-sync", "-io", "baz");
        assertThat(o.syncPublish).isTrue();
        assertThat(o.ignoreOld).isTrue();
        assertThat(o.subject).isEqualTo("baz");

        assertThat(FlagParser.parse("-io=false").ignoreOld).isFalse();
        assertThat(FlagParser.parse("-sync", "-a").syncPublish).isFalse();
        assertThat(FlagParser.parse("-cluster", "x").clusterId).isEqualTo("x");
    }

    @Test
    void flagsMayFollowTheSubject() throws Exception {
        StanBenchOptions o = FlagParser.parse("foo", "-np", "1");
        assertThat(o.subject).isEqualTo("foo");
        assertThat(o.publishers).isEqualTo(1);
    }

    @Test
    void rejectsWhatGoFlagRejects() {
        assertThatThrownBy(() -> FlagParser.parse("-bogus")).hasMessage("flag provided but not defined: -bogus");
        assertThatThrownBy(() -> FlagParser.parse("-np")).hasMessage("flag needs an argument: -np");
        assertThatThrownBy(() -> FlagParser.parse("-n", "ten"))
                .hasMessage("invalid value \"ten\" for flag -n: parse error");
        assertThatThrownBy(() -> FlagParser.parse("-io=maybe")).isInstanceOf(FlagParser.UsageException.class);
        assertThatThrownBy(() -> FlagParser.parse("a", "b")).isInstanceOf(FlagParser.UsageException.class);
        assertThatThrownBy(() -> FlagParser.parse("-mpa", "0")).isInstanceOf(FlagParser.UsageException.class);
        assertThatThrownBy(() -> FlagParser.parse("-client", "go")).isInstanceOf(FlagParser.UsageException.class);
    }

    @Test
    void splitsMessagesLikeUpstream() {
        assertThat(BenchRun.messagesPerClient(10, 4)).containsExactly(3, 3, 2, 2);
        assertThat(BenchRun.messagesPerClient(5, 1)).containsExactly(5);
        assertThat(BenchRun.messagesPerClient(0, 2)).containsExactly(0, 0);
    }
}
