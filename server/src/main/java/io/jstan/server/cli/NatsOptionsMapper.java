package io.jstan.server.cli;

import io.jstan.nats.NatsServerOptions;
import io.jstan.server.logging.LogOptions;

/** Turns parsed {@link NatsFlags} into {@link NatsServerOptions}, applying upstream's rules. */
public final class NatsOptionsMapper {

    static final String DEFAULT_HOST = "0.0.0.0";
    static final int DEFAULT_PORT = 4222;
    /** Upstream's "pick a free port" value for -p and -m. */
    static final int RANDOM_PORT = -1;

    private NatsOptionsMapper() {
    }

    /** Overrides the options with the flags given on the command line only (they win over the file). */
    public static NatsServerOptions apply(NatsFlags flags, NatsServerOptions options) throws FlagException {
        if (flags.host != null) {
            options.host = flags.host.isEmpty() ? DEFAULT_HOST : flags.host;
        }
        if (flags.port != null) {
            options.port = clientPort(GoIntConverter.toInt(flags.port, "port"));
        }
        if (flags.httpPort != null) {
            options.httpPort = GoIntConverter.toInt(flags.httpPort, "http_port"); // -1 and 0 mean the same in both
        }
        if (flags.pidFile != null) {
            options.pidFile = emptyToNull(flags.pidFile);
        }
        if (flags.serverName != null) {
            options.serverName = emptyToNull(flags.serverName);
        }
        if (flags.user != null) {
            options.username = emptyToNull(flags.user);
        }
        if (flags.pass != null) {
            options.password = emptyToNull(flags.pass);
        }
        if (flags.auth != null) {
            options.token = emptyToNull(flags.auth);
        }
        applyTls(flags, options);
        return options;
    }

    /** Overrides the NATS logging options with -D, -V, -DV and -l when given. */
    public static void applyLogging(NatsFlags flags, LogOptions log) {
        if (flags.debug != null || flags.debugAndTrace != null) {
            log.natsDebug = flags.debug();
        }
        if (flags.trace != null || flags.debugAndTrace != null) {
            log.natsTrace = flags.trace();
        }
        if (flags.logFile != null) {
            log.file = flags.logFile();
        }
    }

    /** Upstream: 0 means the default port and -1 a random one, which our options spell 0. */
    private static int clientPort(int port) {
        if (port == 0) {
            return DEFAULT_PORT;
        }
        return port == RANDOM_PORT ? 0 : port;
    }

    /**
     * As upstream: giving any -tls* flag turns TLS on, with verification only under -tlsverify,
     * unless -tls=false is given, which wins over all of them.
     */
    private static void applyTls(NatsFlags flags, NatsServerOptions options) throws FlagException {
        boolean anyTlsFlag = flags.tls != null || flags.tlsCert != null || flags.tlsKey != null
                || flags.tlsCaCert != null || flags.tlsVerify != null;
        if (!anyTlsFlag || Boolean.FALSE.equals(flags.tls)) {
            return;
        }
        if (flags.tlsCert == null || flags.tlsCert.isEmpty()) {
            throw new FlagException("TLS Server certificate must be present and valid", false);
        }
        if (flags.tlsKey == null || flags.tlsKey.isEmpty()) {
            throw new FlagException("TLS Server private key must be present and valid", false);
        }
        options.tls = true;
        options.tlsCert = flags.tlsCert;
        options.tlsKey = flags.tlsKey;
        options.tlsCaCert = emptyToNull(flags.tlsCaCert);
        options.tlsVerify = Boolean.TRUE.equals(flags.tlsVerify);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
