package io.jstan.streaming;

import io.jstan.store.file.FileStoreOptions;
import io.jstan.streaming.transport.NatsClientOptions;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options of the streaming layer, each with the upstream default beside its name. Mutable on
 * purpose: the command line and the config file fill one instance.
 */
public final class StreamingOptions {

    /** Limits for the channels matching one pattern; null = inherit, 0 in a file = unlimited. */
    public static final class ChannelLimitOverrides {
        public Integer maxSubscriptions;
        public Long maxMsgs;
        public Long maxBytes;
        public Duration maxAge;
        public Duration maxInactivity;
    }

    public String clusterId = "test-cluster";
    public String discoverPrefix = "_STAN.discover";
    /** MEMORY, FILE or SQL. */
    public String storeType = "MEMORY";
    /** Directory of the file store. */
    public String dataDirectory = null;
    /** The {@code file_*} options of the file store. */
    public FileStoreOptions fileStore = new FileStoreOptions();

    // Limits; 0 = unlimited.
    public int maxChannels = 100;
    public int maxSubscriptions = 1000;
    public long maxMsgs = 1_000_000;
    public long maxBytes = 1_000_000L * 1024;
    public Duration maxAge = Duration.ZERO;
    public Duration maxInactivity = Duration.ZERO;
    /** Per-channel overrides by channel name or wildcard pattern, in configuration order. */
    public Map<String, ChannelLimitOverrides> channelLimits = new LinkedHashMap<>();

    // Server-to-client heartbeats.
    public Duration heartbeatInterval = Duration.ofSeconds(30);
    public Duration heartbeatTimeout = Duration.ofSeconds(10);
    public int heartbeatFailCount = 10;

    /** Close an online durable when a new one with the same name subscribes, instead of refusing. */
    public boolean replaceDurable = false;

    /** An external NATS server to use instead of the embedded one; null = embedded. */
    public String natsServerUrl = null;
    /** Credentials and TLS of the server's own NATS connections. */
    public NatsClientOptions natsClient = new NatsClientOptions();

    public boolean debug = false;
    public boolean trace = false;
}
