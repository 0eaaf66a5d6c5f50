package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.streaming.StreamingOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StreamingOptionsMapperTest {

    /** Each valued flag name, a value, and what the options must then hold. */
    static Stream<Arguments> valuedFlags() {
        return Stream.of(
                flag("cid", "orders", o -> o.clusterId, "orders"),
                flag("cluster_id", "orders", o -> o.clusterId, "orders"),
                flag("st", "memory", o -> o.storeType, "MEMORY"),
                flag("store", "Memory", o -> o.storeType, "MEMORY"),
                flag("dir", "/var/stan", o -> o.dataDirectory, "/var/stan"),
                flag("mc", "7", o -> o.maxChannels, 7),
                flag("max_channels", "0x10", o -> o.maxChannels, 16),
                flag("msu", "8", o -> o.maxSubscriptions, 8),
                flag("max_subs", "8", o -> o.maxSubscriptions, 8),
                flag("mm", "9", o -> o.maxMsgs, 9L),
                flag("max_msgs", "5000000000", o -> o.maxMsgs, 5_000_000_000L),
                flag("mb", "1GB", o -> o.maxBytes, 1L << 30),
                flag("max_bytes", "500MB", o -> o.maxBytes, 500L << 20),
                flag("ma", "24h", o -> o.maxAge, Duration.ofHours(24)),
                flag("max_age", "1m30s", o -> o.maxAge, Duration.ofSeconds(90)),
                flag("mi", "1.5h", o -> o.maxInactivity, Duration.ofMinutes(90)),
                flag("max_inactivity", "10m", o -> o.maxInactivity, Duration.ofMinutes(10)),
                flag("hbi", "5s", o -> o.heartbeatInterval, Duration.ofSeconds(5)),
                flag("hb_interval", "5s", o -> o.heartbeatInterval, Duration.ofSeconds(5)),
                flag("hbt", "250ms", o -> o.heartbeatTimeout, Duration.ofMillis(250)),
                flag("hb_timeout", "250ms", o -> o.heartbeatTimeout, Duration.ofMillis(250)),
                flag("hbf", "3", o -> o.heartbeatFailCount, 3),
                flag("hb_fail_count", "3", o -> o.heartbeatFailCount, 3));
    }

    private static Arguments flag(String name, String value, Function<StreamingOptions, Object> field, Object expected) {
        return Arguments.of(name, value, field, expected);
    }

    /** One or two dashes, value apart or after '='. */
    private static List<String[]> spellings(String name, String value) {
        List<String[]> all = new ArrayList<>();
        for (String dashes : new String[] {"-", "--"}) {
            all.add(new String[] {dashes + name, value});
            all.add(new String[] {dashes + name + "=" + value});
        }
        return all;
    }

    @ParameterizedTest(name = "-{0} {1}")
    @MethodSource("valuedFlags")
    void valuedFlagInEverySpelling(String name, String value, Function<StreamingOptions, Object> field, Object expected)
            throws FlagException {
        for (String[] args : spellings(name, value)) {
            assertThat(field.apply(map(args))).as(String.join(" ", args)).isEqualTo(expected);
        }
    }

    @Test
    void booleanFlagsInEverySpelling() throws FlagException {
        for (String dashes : new String[] {"-", "--"}) {
            for (String name : new String[] {"SD", "stan_debug"}) {
                assertThat(map(dashes + name).debug).as(name).isTrue();
                assertThat(map(dashes + name + "=false").debug).as(name).isFalse();
                assertThat(map(dashes + name).trace).as(name).isFalse();
            }
            for (String name : new String[] {"SV", "stan_trace"}) {
                assertThat(map(dashes + name).trace).as(name).isTrue();
                assertThat(map(dashes + name + "=0").trace).as(name).isFalse();
                assertThat(map(dashes + name).debug).as(name).isFalse();
            }
            StreamingOptions both = map(dashes + "SDV");
            assertThat(both.debug).isTrue();
            assertThat(both.trace).isTrue();
            assertThat(map(dashes + "replace_durable").replaceDurable).isTrue();
            assertThat(map(dashes + "replace_durable=true").replaceDurable).isTrue();
            assertThat(map(dashes + "replace_durable=F").replaceDurable).isFalse();
        }
    }

    @Test
    void sdvFalseSwitchesBothOffWhateverCameBefore() throws FlagException {
        StreamingOptions off = map("-SD", "-SV", "-SDV=false");
        assertThat(off.debug).isFalse();
        assertThat(off.trace).isFalse();
    }

    @Test
    void streamingDebugIsNotTheJetStreamStoreDir() {
        // -sd is nats-server's JetStream store directory, which we do not support.
        assertThatThrownBy(() -> map("-sd", "/tmp/js")).hasMessage("not supported yet: -sd");
    }

    @Test
    void defaultsAreUpstreams() throws FlagException {
        StreamingOptions options = map();
        assertThat(options.clusterId).isEqualTo("test-cluster");
        assertThat(options.storeType).isEqualTo("MEMORY");
        assertThat(options.dataDirectory).isNull();
        assertThat(options.maxChannels).isEqualTo(100);
        assertThat(options.maxSubscriptions).isEqualTo(1000);
        assertThat(options.maxMsgs).isEqualTo(1_000_000);
        assertThat(options.maxBytes).isEqualTo(1_024_000_000L);
        assertThat(options.maxAge).isZero();
        assertThat(options.maxInactivity).isZero();
        assertThat(options.heartbeatInterval).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.heartbeatTimeout).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.heartbeatFailCount).isEqualTo(10);
        assertThat(options.replaceDurable).isFalse();
        assertThat(options.debug).isFalse();
        assertThat(options.trace).isFalse();
    }

    @Test
    void unknownStoreTypeIsLeftForTheServerToRefuseUpperCased() throws FlagException {
        // Upstream fails at start-up with "unsupported store type: FOO".
        assertThat(map("-st", "foo").storeType).isEqualTo("FOO");
    }

    @Test
    void fileStoreIsAcceptedAndSqlIsNotSupportedYet() throws FlagException {
        assertThat(map("-st", "file").storeType).isEqualTo("FILE");
        assertThatThrownBy(() -> map("--store=SQL"))
                .isInstanceOf(FlagException.class)
                .hasMessage("not supported yet: -store SQL")
                .satisfies(e -> assertThat(((FlagException) e).showUsage()).isFalse());
    }

    @Test
    void negativeLimitsAreLeftForStartUp() throws FlagException {
        // Upstream refuses them when the server starts, with its "Failed to start" line.
        assertThat(map("-mm", "-1").maxMsgs).isEqualTo(-1);
        assertThat(map("-ma", "-1s").maxAge).isEqualTo(Duration.ofSeconds(-1));
    }

    @Test
    void intFlagsPastOurRangeAreRejected() {
        assertThatThrownBy(() -> map("-mc", "4294967296"))
                .hasMessage("invalid value \"4294967296\" for flag -max_channels: value out of range");
        assertThatThrownBy(() -> map("-hbf", "abc"))
                .hasMessage("invalid value \"abc\" for flag -hbf: parse error");
    }

    @Test
    void badDurationsGiveGoFlagErrorsAndUsage() {
        assertThatThrownBy(() -> map("-ma", "1d"))
                .isInstanceOf(FlagException.class)
                .hasMessage("invalid value \"1d\" for flag -ma: parse error")
                .satisfies(e -> assertThat(((FlagException) e).showUsage()).isTrue());
        assertThatThrownBy(() -> map("--hb_interval=10"))
                .hasMessage("invalid value \"10\" for flag -hb_interval: parse error");
    }

    @Test
    void badSizesNameTheFlagAsTypedWithoutUsage() {
        assertThatThrownBy(() -> map("-mb", "abc"))
                .isInstanceOf(FlagException.class)
                .hasMessage("mb should be a size, got 'abc'")
                .satisfies(e -> assertThat(((FlagException) e).showUsage()).isFalse());
        assertThatThrownBy(() -> map("--max_bytes=1.5GB"))
                .hasMessage("max_bytes should be a size, got '1.5GB'");
    }

    @Test
    void lastFlagWinsAcrossSpellings() throws FlagException {
        assertThat(map("-cid", "a", "--cluster_id=b").clusterId).isEqualTo("b");
        assertThat(map("--max_msgs=2", "-mm", "1").maxMsgs).isEqualTo(1);
    }

    private static StreamingOptions map(String... args) throws FlagException {
        return StreamingOptionsMapper.apply(FlagParser.parse(args).streaming(), new StreamingOptions());
    }
}
