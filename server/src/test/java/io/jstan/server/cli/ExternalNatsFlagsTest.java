package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.streaming.StreamingOptions;
import org.junit.jupiter.api.Test;

class ExternalNatsFlagsTest {

    private static StreamingOptions options(String... args) throws FlagException {
        Flags flags = FlagParser.parse(args);
        StreamingOptions options = new StreamingOptions();
        flags.externalNats().applyTo(options, flags.nats());
        return options;
    }

    @Test
    void embeddedByDefault() throws FlagException {
        StreamingOptions options = options();
        assertThat(options.natsServerUrl).isNull();
        assertThat(options.natsClient.tls()).isFalse();
    }

    @Test
    void externalServerWithEitherSpelling() throws FlagException {
        assertThat(options("-ns", "nats://h:1").natsServerUrl).isEqualTo("nats://h:1");
        assertThat(options("--nats_server=nats://a:1,nats://b:2").natsServerUrl).isEqualTo("nats://a:1,nats://b:2");
    }

    @Test
    void credentialsAlsoGoToTheServersOwnConnections() throws FlagException {
        StreamingOptions options = options("--user", "u", "--pass", "p", "--auth", "t");
        assertThat(options.natsClient.username).isEqualTo("u");
        assertThat(options.natsClient.password).isEqualTo("p");
        assertThat(options.natsClient.token).isEqualTo("t");
    }

    @Test
    void clientTlsFiles() throws FlagException {
        StreamingOptions options = options("-tls_client_cert", "c.pem", "--tls_client_key", "k.pem",
                "-tls_client_cacert=ca.pem");
        assertThat(options.natsClient.tlsClientCert).isEqualTo("c.pem");
        assertThat(options.natsClient.tlsClientKey).isEqualTo("k.pem");
        assertThat(options.natsClient.tlsClientCaCert).isEqualTo("ca.pem");
        assertThat(options.natsClient.secure).isFalse();
        assertThat(options.natsClient.tls()).isTrue();
    }

    @Test
    void secureIsABooleanFlag() throws FlagException {
        assertThat(options("-secure").natsClient.secure).isTrue();
        assertThat(options("--secure=false").natsClient.tls()).isFalse();
    }
}
