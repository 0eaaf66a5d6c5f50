package io.jstan.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.nats.NatsServerOptions;
import io.jstan.server.logging.LogOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NatsConfigTest {

    private static NatsServerOptions apply(String text, LogOptions log) throws ConfigException {
        NatsServerOptions options = new NatsServerOptions();
        NatsConfig.apply(new ConfigParser(name -> null).parse(text, "n.conf"), options, log);
        return options;
    }

    @Test
    void listenMonitorUsersAndTls() throws Exception {
        LogOptions log = new LogOptions();
        NatsServerOptions options = apply("""
                listen: "127.0.0.2:4555"
                monitor_port: 8444
                server_name: "edge"
                authorization {
                  users: [
                    {user: alice, password: a1}
                    {user: bob, password: b2}
                  ]
                  timeout: 3
                }
                tls { cert_file: "c.pem", key_file: "k.pem", ca_file: "ca.pem", verify: true, timeout: 0.5 }
                max_connections: 10; max_pending: 1MB; max_control_line: 2048; ping_max: 5
                ping_interval: 20
                trace: true
                log_file: "/tmp/n.log"
                pid_file: "/tmp/n.pid"
                """, log);
        assertThat(options.host).isEqualTo("127.0.0.2");
        assertThat(options.port).isEqualTo(4555);
        assertThat(options.httpPort).isEqualTo(8444);
        assertThat(options.serverName).isEqualTo("edge");
        assertThat(options.users).containsExactly(new NatsServerOptions.User("alice", "a1"),
                new NatsServerOptions.User("bob", "b2"));
        assertThat(options.authTimeout).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.tls).isTrue();
        assertThat(options.tlsCert).isEqualTo("c.pem");
        assertThat(options.tlsKey).isEqualTo("k.pem");
        assertThat(options.tlsCaCert).isEqualTo("ca.pem");
        assertThat(options.tlsVerify).isTrue();
        assertThat(options.tlsTimeout).isEqualTo(Duration.ofMillis(500));
        assertThat(options.maxConnections).isEqualTo(10);
        assertThat(options.maxPending).isEqualTo(1024 * 1024);
        assertThat(options.maxControlLine).isEqualTo(2048);
        assertThat(options.pingMax).isEqualTo(5);
        assertThat(options.pingInterval).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.pidFile).isEqualTo("/tmp/n.pid");
        assertThat(log.natsTrace).isTrue();
        assertThat(log.file).isEqualTo("/tmp/n.log");
    }

    @Test
    void httpHostAndPortAndRandomClientPort() throws Exception {
        NatsServerOptions options = apply("http: \"localhost:-1\"\nport: -1\nhost: 10.0.0.1", new LogOptions());
        assertThat(options.httpHost).isEqualTo("localhost");
        assertThat(options.httpPort).isEqualTo(-1);
        assertThat(options.port).isZero();
        assertThat(options.host).isEqualTo("10.0.0.1");
    }

    @Test
    void featuresNotBuiltAreRefusedAndTypesChecked() {
        assertThatThrownBy(() -> apply("\ncluster { listen: 0.0.0.0:6222 }", new LogOptions()))
                .hasMessage("n.conf:2: not supported yet: cluster");
        assertThatThrownBy(() -> apply("port: \"x\"", new LogOptions()))
                .hasMessage("n.conf:1: parameter \"port\" value is expected to be int64, got string");
    }
}
