package io.jstan.store;

/**
 * The resolved limits of one channel; 0 means unlimited. {@code maxAgeNanos} and
 * {@code maxInactivityNanos} are durations.
 */
public record ChannelLimits(
        int maxSubscriptions,
        long maxMsgs,
        long maxBytes,
        long maxAgeNanos,
        long maxInactivityNanos) {

    public static final ChannelLimits UNLIMITED = new ChannelLimits(0, 0, 0, 0, 0);
}
