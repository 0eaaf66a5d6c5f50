package io.jstan.streaming.limits;

import io.jstan.store.ChannelLimits;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingOptions.ChannelLimitOverrides;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelLimitsResolverTest {

    private static ChannelLimitOverrides msgs(long maxMsgs) {
        ChannelLimitOverrides o = new ChannelLimitOverrides();
        o.maxMsgs = maxMsgs;
        return o;
    }

    @Test
    void withoutOverridesEveryChannelGetsTheGlobalLimits() {
        StreamingOptions options = new StreamingOptions();
        ChannelLimitsResolver r = new ChannelLimitsResolver(options);
        assertThat(r.resolve("foo")).isEqualTo(new ChannelLimits(1000, 1_000_000, 1_024_000_000L, 0, 0));
    }

    @Test
    void theMostSpecificPatternWinsAndInheritsTheRestFromWiderOnes() {
        StreamingOptions options = new StreamingOptions();
        ChannelLimitOverrides wide = msgs(100);
        wide.maxAge = Duration.ofHours(1);
        options.channelLimits.put("foo.>", wide);
        options.channelLimits.put("foo.*", msgs(50));
        options.channelLimits.put("foo.bar", msgs(10));
        ChannelLimitOverrides subs = new ChannelLimitOverrides();
        subs.maxSubscriptions = 7;
        options.channelLimits.put("*.bar", subs);
        ChannelLimitsResolver r = new ChannelLimitsResolver(options);

        assertThat(r.resolve("foo.bar").maxMsgs()).isEqualTo(10);
        assertThat(r.resolve("foo.bar").maxAgeNanos()).isEqualTo(Duration.ofHours(1).toNanos());
        assertThat(r.resolve("foo.baz").maxMsgs()).isEqualTo(50);
        assertThat(r.resolve("foo.baz.qux").maxMsgs()).isEqualTo(100);
        assertThat(r.resolve("other.bar").maxSubscriptions()).isEqualTo(7);
        assertThat(r.resolve("other.bar").maxMsgs()).isEqualTo(1_000_000);
        assertThat(r.resolve("foo").maxMsgs()).isEqualTo(1_000_000);
    }

    @Test
    void zeroOrNegativeMeansUnlimitedForAChannel() {
        StreamingOptions options = new StreamingOptions();
        options.channelLimits.put("foo", msgs(0));
        assertThat(new ChannelLimitsResolver(options).resolve("foo").maxMsgs()).isZero();
    }

    @Test
    void invalidConfigurationsAreRefusedWithUpstreamTexts() {
        StreamingOptions negative = new StreamingOptions();
        negative.maxMsgs = -1;
        assertThatThrownBy(() -> new ChannelLimitsResolver(negative))
                .hasMessage("max messages limit cannot be negative (-1)");

        StreamingOptions badName = new StreamingOptions();
        badName.channelLimits.put("foo.>.bar", msgs(1));
        assertThatThrownBy(() -> new ChannelLimitsResolver(badName)).hasMessage("invalid channel name \"foo.>.bar\"");

        StreamingOptions tooMany = new StreamingOptions();
        tooMany.maxChannels = 1;
        tooMany.channelLimits.put("a", msgs(1));
        tooMany.channelLimits.put("b", msgs(1));
        tooMany.channelLimits.put("c.*", msgs(1));
        assertThatThrownBy(() -> new ChannelLimitsResolver(tooMany))
                .hasMessage("too many channels defined (2). The max channels limit is set to 1");
    }

    @Test
    void theBannerShowsDefaultsWithAStar() {
        assertThat(LimitsBanner.lines(new ChannelLimitsResolver(new StreamingOptions()))).containsExactly(
                "---------- Store Limits ----------",
                "Channels:                  100 *",
                "--------- Channels Limits --------",
                "  Subscriptions:          1000 *",
                "  Messages     :       1000000 *",
                "  Bytes        :     976.56 MB *",
                "  Age          :     unlimited *",
                "  Inactivity   :     unlimited *",
                "----------------------------------");
    }

    @Test
    void theBannerListsPerChannelOverridesThatDiffer() {
        StreamingOptions options = new StreamingOptions();
        options.maxAge = Duration.ofHours(1);
        options.channelLimits.put("foo", msgs(10));
        assertThat(LimitsBanner.lines(new ChannelLimitsResolver(options))).contains(
                "  Age          :        1h0m0s",
                "foo",
                " |-> Messages       " + "           10");
    }

    @Test
    void goFormats() {
        assertThat(GoFormat.duration(Duration.ofSeconds(90).toNanos())).isEqualTo("1m30s");
        assertThat(GoFormat.duration(Duration.ofMillis(1500).toNanos())).isEqualTo("1.5s");
        assertThat(GoFormat.duration(Duration.ofMillis(100).toNanos())).isEqualTo("100ms");
        assertThat(GoFormat.bytes(1024)).isEqualTo("1.00 KB");
        assertThat(GoFormat.bytes(1000)).isEqualTo("1000 B");
    }
}
