package io.jstan.streaming.limits;

import io.jstan.store.ChannelLimits;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingOptions.ChannelLimitOverrides;
import io.jstan.streaming.protocol.ChannelNames;
import io.jstan.streaming.protocol.GoQuote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Resolves a channel's limits from the global ones and the per-channel overrides. Each override
 * inherits unset values from the nearest wider pattern matching it (then the globals); a
 * channel takes the resolved limits of the most specific pattern that matches it.
 */
public final class ChannelLimitsResolver {

    /** One configured pattern with its limits resolved through its wider patterns. */
    public record Entry(String pattern, String[] tokens, ChannelLimits limits, ChannelLimits parent, int depth) {
    }

    /** Widest first: at the first differing token {@code >} is wider than {@code *}, wider than a literal. */
    static final Comparator<String[]> WIDEST_FIRST = (a, b) -> {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = Integer.compare(rank(a[i]), rank(b[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    private final int maxChannels;
    private final ChannelLimits global;
    private final List<Entry> entries;

    public ChannelLimitsResolver(StreamingOptions options) {
        checkNotNegative("channels", options.maxChannels);
        checkNotNegative("subscriptions", options.maxSubscriptions);
        checkNotNegative("messages", options.maxMsgs);
        checkNotNegative("bytes", options.maxBytes);
        checkNotNegative("age", options.maxAge.toNanos());
        checkNotNegative("inactivity", options.maxInactivity.toNanos());
        this.maxChannels = options.maxChannels;
        this.global = new ChannelLimits(options.maxSubscriptions, options.maxMsgs, options.maxBytes,
                options.maxAge.toNanos(), options.maxInactivity.toNanos());
        this.entries = resolveEntries(options.channelLimits);
    }

    public int maxChannels() {
        return maxChannels;
    }

    public ChannelLimits global() {
        return global;
    }

    /** The configured patterns, widest first. */
    public List<Entry> entries() {
        return entries;
    }

    public ChannelLimits resolve(String channel) {
        String[] tokens = channel.split("\\.", -1);
        Entry best = null;
        for (Entry e : entries) {
            if (matches(e.tokens, tokens)) {
                best = e;
            }
        }
        return best == null ? global : best.limits;
    }

    private List<Entry> resolveEntries(Map<String, ChannelLimitOverrides> overrides) {
        int literals = 0;
        List<String[]> patterns = new ArrayList<>();
        for (String pattern : overrides.keySet()) {
            if (!ChannelNames.isValidPattern(pattern)) {
                throw new IllegalArgumentException("invalid channel name " + GoQuote.quote(pattern));
            }
            if (ChannelNames.isLiteral(pattern) && maxChannels > 0 && ++literals > maxChannels) {
                throw new IllegalArgumentException("too many channels defined (" + literals
                        + "). The max channels limit is set to " + maxChannels);
            }
            patterns.add(pattern.split("\\.", -1));
        }
        patterns.sort(WIDEST_FIRST);
        List<Entry> resolved = new ArrayList<>();
        for (String[] tokens : patterns) {
            Entry parent = null;
            int depth = 0;
            for (Entry wider : resolved) {
                if (matches(wider.tokens, tokens)) {
                    parent = wider;
                    depth++;
                }
            }
            ChannelLimits parentLimits = parent == null ? global : parent.limits;
            String pattern = String.join(".", tokens);
            resolved.add(new Entry(pattern, tokens, inherit(overrides.get(pattern), parentLimits), parentLimits, depth));
        }
        return List.copyOf(resolved);
    }

    private static ChannelLimits inherit(ChannelLimitOverrides o, ChannelLimits parent) {
        return new ChannelLimits(
                o.maxSubscriptions == null ? parent.maxSubscriptions() : Math.max(0, o.maxSubscriptions),
                o.maxMsgs == null ? parent.maxMsgs() : Math.max(0, o.maxMsgs),
                o.maxBytes == null ? parent.maxBytes() : Math.max(0, o.maxBytes),
                nanos(o.maxAge, parent.maxAgeNanos()),
                nanos(o.maxInactivity, parent.maxInactivityNanos()));
    }

    private static long nanos(Duration value, long inherited) {
        return value == null ? inherited : Math.max(0, value.toNanos());
    }

    /** Token match where the subject's own {@code *} and {@code >} are plain text, as for a pattern's name. */
    static boolean matches(String[] pattern, String[] subject) {
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.equals(">")) {
                return subject.length > i;
            }
            if (i >= subject.length || !p.equals("*") && !p.equals(subject[i])) {
                return false;
            }
        }
        return pattern.length == subject.length;
    }

    private static int rank(String token) {
        return token.equals(">") ? 0 : token.equals("*") ? 1 : 2;
    }

    private static void checkNotNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("max " + what + " limit cannot be negative (" + value + ")");
        }
    }
}
