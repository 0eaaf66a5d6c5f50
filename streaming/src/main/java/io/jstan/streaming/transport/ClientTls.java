package io.jstan.streaming.transport;

import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.File;

/** The TLS context of the server's own connections, read from the PEM files of the options. */
final class ClientTls {

    private ClientTls() {
    }

    /** Trusts the given CA (else the JVM's), and presents the client certificate when both files are given. */
    static SSLContext context(NatsClientOptions options) throws SSLException {
        SslContextBuilder builder = SslContextBuilder.forClient().sslProvider(SslProvider.JDK);
        if (options.tlsClientCaCert != null) {
            builder.trustManager(new File(options.tlsClientCaCert));
        }
        if (options.tlsClientCert != null || options.tlsClientKey != null) {
            if (options.tlsClientCert == null || options.tlsClientKey == null) {
                throw new IllegalArgumentException("TLS client certificate and key must both be given");
            }
            builder.keyManager(new File(options.tlsClientCert), new File(options.tlsClientKey));
        }
        return ((JdkSslContext) builder.build()).context();
    }
}
