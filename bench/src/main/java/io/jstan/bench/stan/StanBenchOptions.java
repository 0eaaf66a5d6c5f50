package io.jstan.bench.stan;

/**
 * The load generator's settings. Flag names, defaults and meanings are upstream stan-bench's;
 * {@code -client}, {@code -a}, {@code -timeout} and the default subject are ours.
 */
public final class StanBenchOptions {

    /** Which client implementation drives the load. */
    public enum Client { DIRECT, OFFICIAL }

    public String servers = "nats://127.0.0.1:4222";
    public String clusterId = "test-cluster";
    public String clientId = "benchmark";
    public int publishers = 10;
    public int subscribers = 0;
    public int messages = 100_000;
    public int messageSize = 128;
    public boolean syncPublish = false;
    /** Upstream's {@code -io}: subscribers take new messages only instead of replaying from the oldest. */
    public boolean ignoreOld = false;
    public int maxPubAcksInFlight = 512;
    public String csvFile = "";
    public String queueGroup = "";
    public String credsFile = "";
    public String user = "";
    public String password = "";
    public boolean tls = false;
    public Client client = Client.DIRECT;
    /** Abort when no message is published or received for this long. */
    public int stallTimeoutSeconds = 60;
    /** Upstream requires the channel as its one argument; we default it so a bare run works. */
    public String subject = "foo";
}
