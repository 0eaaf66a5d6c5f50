package io.jstan.nats.tls;

import io.jstan.nats.NatsServerOptions;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import javax.net.ssl.SSLException;
import java.io.File;

/** Builds the server's TLS context from the certificate, key and CA files of the options. */
public final class TlsContexts {

    private TlsContexts() {
    }

    /** Returns null when TLS is off. */
    public static SslContext forServer(NatsServerOptions options) throws SSLException {
        if (!options.tls) {
            return null;
        }
        if (options.tlsCert == null || options.tlsKey == null) {
            throw new IllegalArgumentException("TLS requires both a certificate (--tlscert) and a key (--tlskey)");
        }
        SslContextBuilder builder = SslContextBuilder.forServer(new File(options.tlsCert), new File(options.tlsKey));
        if (options.tlsCaCert != null) {
            builder.trustManager(new File(options.tlsCaCert));
        }
        if (options.tlsVerify) {
            builder.clientAuth(ClientAuth.REQUIRE);
        }
        return builder.build();
    }
}
