package io.jstan.streaming.limits;

import io.jstan.store.ChannelLimits;
import io.jstan.streaming.StreamingOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The store limits summary upstream logs at start-up, one line per entry. */
public final class LimitsBanner {

    private enum Kind { COUNT, BYTES, DURATION }

    private static final StreamingOptions DEFAULTS = new StreamingOptions();
    private static final String TITLE = "---------- Store Limits ----------";

    private LimitsBanner() {
    }

    public static List<String> lines(ChannelLimitsResolver resolver) {
        List<String> lines = new ArrayList<>();
        lines.add(TITLE);
        lines.add("Channels:        " + value(true, resolver.maxChannels(), DEFAULTS.maxChannels, Kind.COUNT));
        lines.add("--------- Channels Limits --------");
        ChannelLimits g = resolver.global();
        lines.add("  Subscriptions: " + value(true, g.maxSubscriptions(), DEFAULTS.maxSubscriptions, Kind.COUNT));
        lines.add("  Messages     : " + value(true, g.maxMsgs(), DEFAULTS.maxMsgs, Kind.COUNT));
        lines.add("  Bytes        : " + value(true, g.maxBytes(), DEFAULTS.maxBytes, Kind.BYTES));
        lines.add("  Age          : " + value(true, g.maxAgeNanos(), DEFAULTS.maxAge.toNanos(), Kind.DURATION));
        lines.add("  Inactivity   : " + value(true, g.maxInactivityNanos(), DEFAULTS.maxInactivity.toNanos(),
                Kind.DURATION));
        int maxLength = TITLE.length();
        List<ChannelLimitsResolver.Entry> entries = resolver.entries();
        if (!entries.isEmpty()) {
            int maxLevels = entries.stream().mapToInt(e -> e.tokens().length).max().orElse(0);
            List<String> channelLines = new ArrayList<>();
            for (ChannelLimitsResolver.Entry e : entries) {
                channelLines.addAll(channelLines(e, maxLevels));
            }
            for (String l : channelLines) {
                maxLength = Math.max(maxLength, l.length());
            }
            String title = " List of Channels ";
            int left = (maxLength - title.length()) / 2;
            int right = maxLength - title.length() - left;
            lines.add("-".repeat(Math.max(0, left)) + title + "-".repeat(Math.max(0, right)));
            lines.addAll(channelLines);
        }
        lines.add("-".repeat(maxLength));
        return lines;
    }

    private static List<String> channelLines(ChannelLimitsResolver.Entry e, int maxLevels) {
        String left = " ".repeat(e.depth());
        String right = " ".repeat(Math.max(0, maxLevels - e.depth()));
        List<String> out = new ArrayList<>();
        out.add(left + e.pattern());
        override(out, left, right, "Subscriptions ", e, l -> (long) l.maxSubscriptions(), Kind.COUNT);
        override(out, left, right, "Messages      ", e, ChannelLimits::maxMsgs, Kind.COUNT);
        override(out, left, right, "Bytes         ", e, ChannelLimits::maxBytes, Kind.BYTES);
        override(out, left, right, "Age           ", e, ChannelLimits::maxAgeNanos, Kind.DURATION);
        override(out, left, right, "Inactivity    ", e, ChannelLimits::maxInactivityNanos, Kind.DURATION);
        return out;
    }

    private static void override(List<String> out, String left, String right, String label,
                                 ChannelLimitsResolver.Entry e, Function<ChannelLimits, Long> limit, Kind kind) {
        String v = value(false, limit.apply(e.limits()), limit.apply(e.parent()), kind);
        if (!v.isEmpty()) {
            out.add(left + " |-> " + label + right + v);
        }
    }

    /** Right-aligned in 13 columns; {@code *} marks a value equal to its reference. */
    private static String value(boolean global, long value, long reference, Kind kind) {
        if (!global && value == reference) {
            return "";
        }
        String text = value == 0 ? "unlimited" : switch (kind) {
            case BYTES -> GoFormat.bytes(value);
            case DURATION -> GoFormat.duration(value);
            case COUNT -> Long.toString(value);
        };
        return String.format("%13s%s", text, value == reference ? " *" : "");
    }
}
