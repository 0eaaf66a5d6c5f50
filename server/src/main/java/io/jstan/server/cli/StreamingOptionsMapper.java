package io.jstan.server.cli;

import io.jstan.streaming.StreamingOptions;
import java.util.Locale;

/** Turns parsed {@link StreamingFlags} into {@link StreamingOptions}, applying upstream's rules. */
public final class StreamingOptionsMapper {

    private StreamingOptionsMapper() {
    }

    /**
     * The streaming options the command line asks for. Limits are checked for sign when the
     * server starts, as upstream does ({@code Failed to start: max ... cannot be negative}).
     */
    /** Overrides the options with the flags given on the command line only (they win over the file). */
    public static StreamingOptions apply(StreamingFlags flags, StreamingOptions options) throws FlagException {
        if (flags.clusterId != null) {
            options.clusterId = flags.clusterId;
        }
        if (flags.store != null) {
            options.storeType = storeType(flags.store);
        }
        if (flags.dir != null) {
            options.dataDirectory = flags.dir.isEmpty() ? null : flags.dir;
        }
        if (flags.maxChannels != null) {
            options.maxChannels = GoIntConverter.toInt(flags.maxChannels, "max_channels");
        }
        if (flags.maxSubs != null) {
            options.maxSubscriptions = GoIntConverter.toInt(flags.maxSubs, "max_subs");
        }
        if (flags.maxMsgs != null) {
            options.maxMsgs = flags.maxMsgs;
        }
        if (flags.maxBytes != null) {
            options.maxBytes = flags.maxBytes;
        }
        if (flags.maxAge != null) {
            options.maxAge = flags.maxAge;
        }
        if (flags.maxInactivity != null) {
            options.maxInactivity = flags.maxInactivity;
        }
        if (flags.hbInterval != null) {
            options.heartbeatInterval = flags.hbInterval;
        }
        if (flags.hbTimeout != null) {
            options.heartbeatTimeout = flags.hbTimeout;
        }
        if (flags.hbFailCount != null) {
            options.heartbeatFailCount = GoIntConverter.toInt(flags.hbFailCount, "hb_fail_count");
        }
        if (flags.replaceDurable != null) {
            options.replaceDurable = flags.replaceDurable;
        }
        flags.fileStore.applyTo(options.fileStore);
        if (flags.debug != null || flags.debugAndTrace != null) {
            options.debug = flags.debug();
        }
        if (flags.trace != null || flags.debugAndTrace != null) {
            options.trace = flags.trace();
        }
        return options;
    }

    /**
     * Upper-cased as upstream does. SQL is refused here; any other unknown type is left for the
     * server to refuse at start-up with upstream's {@code unsupported store type}.
     */
    private static String storeType(String value) throws FlagException {
        String type = value.toUpperCase(Locale.ROOT);
        if (type.equals("SQL")) {
            throw new FlagException("not supported yet: -store " + type, false);
        }
        return type;
    }
}
