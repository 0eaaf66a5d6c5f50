package io.jstan.server.cli;

import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The streaming server's flags, as upstream spells them: every name with one or two dashes.
 * Values stay raw here (null = not given); {@link StreamingOptionsMapper} turns them into options.
 */
public final class StreamingFlags {

    @Option(names = {"-cid", "--cid", "-cluster_id", "--cluster_id"})
    String clusterId;

    @Option(names = {"-st", "--st", "-store", "--store"})
    String store;

    @Option(names = {"-dir", "--dir"})
    String dir;

    @Mixin
    FileStoreFlags fileStore;

    @Option(names = {"-mc", "--mc", "-max_channels", "--max_channels"}, converter = GoIntConverter.class)
    Long maxChannels;

    @Option(names = {"-msu", "--msu", "-max_subs", "--max_subs"}, converter = GoIntConverter.class)
    Long maxSubs;

    @Option(names = {"-mm", "--mm", "-max_msgs", "--max_msgs"}, converter = GoIntConverter.class)
    Long maxMsgs;

    @Option(names = {"-mb", "--mb", "-max_bytes", "--max_bytes"}, converter = GoSizeConverter.class)
    Long maxBytes;

    @Option(names = {"-ma", "--ma", "-max_age", "--max_age"}, converter = GoDurationConverter.class)
    Duration maxAge;

    @Option(names = {"-mi", "--mi", "-max_inactivity", "--max_inactivity"}, converter = GoDurationConverter.class)
    Duration maxInactivity;

    @Option(names = {"-hbi", "--hbi", "-hb_interval", "--hb_interval"}, converter = GoDurationConverter.class)
    Duration hbInterval;

    @Option(names = {"-hbt", "--hbt", "-hb_timeout", "--hb_timeout"}, converter = GoDurationConverter.class)
    Duration hbTimeout;

    @Option(names = {"-hbf", "--hbf", "-hb_fail_count", "--hb_fail_count"}, converter = GoIntConverter.class)
    Long hbFailCount;

    @Option(names = {"-SD", "--SD", "-stan_debug", "--stan_debug"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean debug;

    @Option(names = {"-SV", "--SV", "-stan_trace", "--stan_trace"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean trace;

    /** Upstream applies -SDV after the others, so -SDV=false switches both off whatever came before. */
    @Option(names = {"-SDV", "--SDV"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean debugAndTrace;

    @Option(names = {"-replace_durable", "--replace_durable"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean replaceDurable;

    /** The streaming configuration file; alone, it configures the NATS server too. */
    @Option(names = {"-sc", "--sc", "-stan_config", "--stan_config"})
    String stanConfig;

    public boolean debug() {
        return debugAndTrace != null ? debugAndTrace : Boolean.TRUE.equals(debug);
    }

    public boolean trace() {
        return debugAndTrace != null ? debugAndTrace : Boolean.TRUE.equals(trace);
    }

    /** The file of {@code -sc}, or null. */
    public String configFile() {
        return stanConfig == null || stanConfig.isEmpty() ? null : stanConfig;
    }
}
