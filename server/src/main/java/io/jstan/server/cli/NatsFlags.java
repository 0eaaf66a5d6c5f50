package io.jstan.server.cli;

import picocli.CommandLine.Option;

/**
 * The embedded NATS server's flags, as upstream spells them: every name with one or two dashes.
 * Values stay raw here (null = not given); {@link NatsOptionsMapper} turns them into options.
 */
public final class NatsFlags {

    @Option(names = {"-a", "--a", "-addr", "--addr", "-net", "--net"})
    String host;

    @Option(names = {"-p", "--p", "-port", "--port"}, converter = GoIntConverter.class)
    Long port;

    @Option(names = {"-m", "--m", "-http_port", "--http_port"}, converter = GoIntConverter.class)
    Long httpPort;

    @Option(names = {"-P", "--P", "-pid", "--pid"})
    String pidFile;

    @Option(names = {"-n", "--n", "-name", "--name", "-server_name", "--server_name"})
    String serverName;

    @Option(names = {"-user", "--user"})
    String user;

    @Option(names = {"-pass", "--pass"})
    String pass;

    @Option(names = {"-auth", "--auth"})
    String auth;

    @Option(names = {"-tls", "--tls"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean tls;

    @Option(names = {"-tlscert", "--tlscert"})
    String tlsCert;

    @Option(names = {"-tlskey", "--tlskey"})
    String tlsKey;

    @Option(names = {"-tlscacert", "--tlscacert"})
    String tlsCaCert;

    @Option(names = {"-tlsverify", "--tlsverify"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean tlsVerify;

    @Option(names = {"-D", "--D", "-debug", "--debug"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean debug;

    @Option(names = {"-V", "--V", "-trace", "--trace"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean trace;

    /** Upstream applies -DV after the others, so -DV=false switches both off whatever came before. */
    @Option(names = {"-DV", "--DV"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean debugAndTrace;

    @Option(names = {"-l", "--l", "-log", "--log"})
    String logFile;

    /** The NATS configuration file; alone, it configures the streaming layer too. */
    @Option(names = {"-c", "--c", "-config", "--config"})
    String config;

    public boolean debug() {
        return debugAndTrace != null ? debugAndTrace : Boolean.TRUE.equals(debug);
    }

    public boolean trace() {
        return debugAndTrace != null ? debugAndTrace : Boolean.TRUE.equals(trace);
    }

    /** The file of {@code -c}, or null. */
    public String configFile() {
        return config == null || config.isEmpty() ? null : config;
    }

    /** The log file of {@code -l}, or null for stderr. */
    public String logFile() {
        return logFile == null || logFile.isEmpty() ? null : logFile;
    }
}
