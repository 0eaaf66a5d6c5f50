package io.jstan.streaming.transport;

/**
 * How the server's own connections authenticate to NATS and secure themselves: the
 * {@code --user/--pass/--auth} credentials and the {@code -secure}, {@code --tls_client_*} files.
 */
public final class NatsClientOptions {

    public String username = null;
    public String password = null;
    public String token = null;
    /** Require TLS; verifies the server with the JVM's trusted CAs unless a CA file is given. */
    public boolean secure = false;
    public String tlsClientCert = null;
    public String tlsClientKey = null;
    public String tlsClientCaCert = null;

    /** As upstream, giving any client TLS file also asks for TLS. */
    public boolean tls() {
        return secure || tlsClientCert != null || tlsClientKey != null || tlsClientCaCert != null;
    }
}
