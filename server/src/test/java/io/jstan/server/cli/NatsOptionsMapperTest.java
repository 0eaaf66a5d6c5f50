package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.nats.NatsServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NatsOptionsMapperTest {

    /** Each valued flag name, a value, and what the options must then hold. */
    static Stream<Arguments> valuedFlags() {
        return Stream.of(
                flag("p", "5222", o -> o.port, 5222),
                flag("port", "5222", o -> o.port, 5222),
                flag("a", "127.0.0.1", o -> o.host, "127.0.0.1"),
                flag("addr", "127.0.0.1", o -> o.host, "127.0.0.1"),
                flag("net", "127.0.0.1", o -> o.host, "127.0.0.1"),
                flag("m", "8222", o -> o.httpPort, 8222),
                flag("http_port", "8222", o -> o.httpPort, 8222),
                flag("user", "alice", o -> o.username, "alice"),
                flag("pass", "secret", o -> o.password, "secret"),
                flag("auth", "s3cr3t", o -> o.token, "s3cr3t"),
                flag("P", "/tmp/x.pid", o -> o.pidFile, "/tmp/x.pid"),
                flag("pid", "/tmp/x.pid", o -> o.pidFile, "/tmp/x.pid"),
                flag("n", "srv", o -> o.serverName, "srv"),
                flag("name", "srv", o -> o.serverName, "srv"),
                flag("server_name", "srv", o -> o.serverName, "srv"));
    }

    private static Arguments flag(String name, String value, Function<NatsServerOptions, Object> field, Object expected) {
        return Arguments.of(name, value, field, expected);
    }

    /** One or two dashes, value apart or after '='. */
    private static List<String[]> spellings(String name, String value) {
        List<String[]> all = new ArrayList<>();
        for (String dashes : new String[] {"-", "--"}) {
            all.add(new String[] {dashes + name, value});
            all.add(new String[] {dashes + name + "=" + value});
        }
        return all;
    }

    @ParameterizedTest(name = "-{0} {1}")
    @MethodSource("valuedFlags")
    void valuedFlagInEverySpelling(String name, String value, Function<NatsServerOptions, Object> field, Object expected)
            throws FlagException {
        for (String[] args : spellings(name, value)) {
            assertThat(field.apply(map(args))).as(String.join(" ", args)).isEqualTo(expected);
        }
    }

    @Test
    void configFileFlagsInEverySpelling() throws FlagException {
        for (String[] args : spellings("c", "a.conf")) {
            assertThat(FlagParser.parse(args).nats().configFile()).isEqualTo("a.conf");
        }
        for (String[] args : spellings("config", "a.conf")) {
            assertThat(FlagParser.parse(args).nats().configFile()).isEqualTo("a.conf");
        }
        for (String[] args : spellings("sc", "s.conf")) {
            assertThat(FlagParser.parse(args).streaming().configFile()).isEqualTo("s.conf");
        }
        for (String[] args : spellings("stan_config", "s.conf")) {
            assertThat(FlagParser.parse(args).streaming().configFile()).isEqualTo("s.conf");
        }
    }

    @Test
    void tlsFlagsInEverySpelling() throws FlagException {
        for (String dashes : new String[] {"-", "--"}) {
            for (String sep : new String[] {" ", "="}) {
                String line = dashes + "tls " + dashes + "tlsverify "
                        + dashes + "tlscert" + sep + "c.pem " + dashes + "tlskey" + sep + "k.pem "
                        + dashes + "tlscacert" + sep + "ca.pem";
                NatsServerOptions options = map(line.split(" "));
                assertThat(options.tls).as(line).isTrue();
                assertThat(options.tlsVerify).as(line).isTrue();
                assertThat(options.tlsCert).as(line).isEqualTo("c.pem");
                assertThat(options.tlsKey).as(line).isEqualTo("k.pem");
                assertThat(options.tlsCaCert).as(line).isEqualTo("ca.pem");
            }
        }
    }

    @Test
    void debugTraceAndLogFlagsInEverySpelling() throws FlagException {
        for (String dashes : new String[] {"-", "--"}) {
            assertThat(FlagParser.parse(dashes + "D").nats().debug()).isTrue();
            assertThat(FlagParser.parse(dashes + "debug").nats().debug()).isTrue();
            assertThat(FlagParser.parse(dashes + "debug=true").nats().trace()).isFalse();
            assertThat(FlagParser.parse(dashes + "V").nats().trace()).isTrue();
            assertThat(FlagParser.parse(dashes + "trace=1").nats().trace()).isTrue();
            NatsFlags both = FlagParser.parse(dashes + "DV").nats();
            assertThat(both.debug()).isTrue();
            assertThat(both.trace()).isTrue();
            for (String name : new String[] {"l", "log"}) {
                assertThat(FlagParser.parse(dashes + name, "x.log").nats().logFile()).isEqualTo("x.log");
                assertThat(FlagParser.parse(dashes + name + "=x.log").nats().logFile()).isEqualTo("x.log");
            }
            for (String name : new String[] {"h", "help"}) {
                assertThat(FlagParser.parse(dashes + name).helpRequested()).isTrue();
            }
            for (String name : new String[] {"v", "version"}) {
                assertThat(FlagParser.parse(dashes + name).versionRequested()).isTrue();
            }
        }
    }

    @Test
    void defaultsAreUpstreams() throws FlagException {
        NatsServerOptions options = map();
        assertThat(options.host).isEqualTo("0.0.0.0");
        assertThat(options.port).isEqualTo(4222);
        assertThat(options.httpPort).isZero();
        assertThat(options.tls).isFalse();
        assertThat(options.username).isNull();
        NatsFlags flags = FlagParser.parse().nats();
        assertThat(flags.debug()).isFalse();
        assertThat(flags.trace()).isFalse();
        assertThat(flags.logFile()).isNull();
    }

    @Test
    void portZeroIsDefaultAndMinusOneIsRandom() throws FlagException {
        assertThat(map("-p", "0").port).isEqualTo(4222);
        assertThat(map("-p", "-1").port).isZero();
        assertThat(map("-m", "-1").httpPort).isEqualTo(-1);
    }

    @Test
    void integersUseGoSyntax() throws FlagException {
        assertThat(map("-p", "0x1F").port).isEqualTo(31);
        assertThat(map("-p", "017").port).isEqualTo(15);
        assertThat(map("-p", "0o17").port).isEqualTo(15);
        assertThat(map("-p", "0b101").port).isEqualTo(5);
        assertThat(map("-p", "4_222").port).isEqualTo(4222);
    }

    @Test
    void lastFlagWinsAcrossSpellings() throws FlagException {
        assertThat(map("-p", "1000", "--port=2000").port).isEqualTo(2000);
        assertThat(map("--port=2000", "-p", "1000").port).isEqualTo(1000);
    }

    @Test
    void debugAndTraceAreIndependentAndDvOverridesBoth() throws FlagException {
        NatsFlags traceOnly = FlagParser.parse("-V").nats();
        assertThat(traceOnly.debug()).isFalse();
        assertThat(traceOnly.trace()).isTrue();
        NatsFlags off = FlagParser.parse("-D", "-V", "-DV=false").nats();
        assertThat(off.debug()).isFalse();
        assertThat(off.trace()).isFalse();
    }

    @Test
    void anyTlsFlagTurnsTlsOnUnlessTlsIsFalse() throws FlagException {
        NatsServerOptions implied = map("--tlscert", "c.pem", "--tlskey", "k.pem");
        assertThat(implied.tls).isTrue();
        assertThat(implied.tlsVerify).isFalse();
        NatsServerOptions off = map("--tls=false", "--tlscert", "c.pem", "--tlsverify");
        assertThat(off.tls).isFalse();
        assertThat(off.tlsVerify).isFalse();
    }

    @Test
    void tlsNeedsCertificateAndKey() {
        assertThatThrownBy(() -> map("--tls"))
                .hasMessage("TLS Server certificate must be present and valid");
        assertThatThrownBy(() -> map("--tlsverify", "--tlscert", "c.pem"))
                .hasMessage("TLS Server private key must be present and valid");
    }

    private static NatsServerOptions map(String... args) throws FlagException {
        return NatsOptionsMapper.apply(FlagParser.parse(args).nats(), new NatsServerOptions());
    }
}
