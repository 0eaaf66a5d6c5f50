package io.jstan.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.server.ServerConfiguration;
import io.jstan.server.cli.FlagParser;
import io.jstan.streaming.StreamingOptions.ChannelLimitOverrides;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ServerConfigurationTest {

    private static String file(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ServerConfigurationTest.class.getResource("/config/" + name)).toURI())
                .toString();
    }

    private static ServerConfiguration load(String... args) throws Exception {
        return ServerConfiguration.load(FlagParser.parse(args));
    }

    @Test
    void singleFileWithStreamingBlockConfiguresBoth() throws Exception {
        ServerConfiguration config = load("-c", file("single.conf"));
        assertThat(config.nats().port).isEqualTo(4333);
        assertThat(config.nats().httpPort).isEqualTo(8333);
        assertThat(config.nats().username).isEqualTo("stan");
        assertThat(config.nats().password).isEqualTo("secret");
        assertThat(config.nats().authTimeout).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.nats().maxPayload).isEqualTo(2 * 1024 * 1024);
        assertThat(config.nats().pingInterval).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.nats().writeDeadline).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.log().natsDebug).isTrue();

        var streaming = config.streaming();
        assertThat(streaming.clusterId).isEqualTo("prod-cluster");
        assertThat(streaming.storeType).isEqualTo("MEMORY");
        assertThat(streaming.heartbeatInterval).isEqualTo(Duration.ofSeconds(10));
        assertThat(streaming.heartbeatFailCount).isEqualTo(3);
        assertThat(streaming.replaceDurable).isTrue();
        assertThat(streaming.maxChannels).isEqualTo(1000);
        assertThat(streaming.maxMsgs).isZero();
        assertThat(streaming.maxBytes).isEqualTo(10L << 30);
        assertThat(streaming.maxAge).isEqualTo(Duration.ofHours(72));
        assertThat(streaming.maxSubscriptions).isEqualTo(50);
        assertThat(streaming.channelLimits.keySet()).containsExactly("orders.>", "tmp.>", "plain");
        assertThat(streaming.channelLimits.get("orders.>").maxAge).isEqualTo(Duration.ofHours(720));
        ChannelLimitOverrides tmp = streaming.channelLimits.get("tmp.>");
        assertThat(tmp.maxInactivity).isEqualTo(Duration.ofHours(1));
        assertThat(tmp.maxMsgs).isZero();
        assertThat(tmp.maxAge).isNull();
        assertThat(streaming.fileStore.sliceMaxBytes).isEqualTo(256L << 20);
        assertThat(streaming.fileStore.autoSync).isEqualTo(Duration.ofSeconds(30));
        assertThat(streaming.fileStore.compactInterval).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void streamingFileWithoutBlockUsesTopLevelKeysAndIncludes() throws Exception {
        ServerConfiguration config = load("-sc", file("flat-stan.conf"));
        assertThat(config.streaming().clusterId).isEqualTo("flat");
        assertThat(config.streaming().maxMsgs).isEqualTo(500);
        assertThat(config.streaming().maxBytes).isEqualTo(1024);
        assertThat(config.streaming().debug).isTrue();
    }

    @Test
    void withBothFilesEachConfiguresItsOwnModule() throws Exception {
        ServerConfiguration config = load("-c", file("single.conf"), "-sc", file("flat-stan.conf"));
        assertThat(config.nats().port).isEqualTo(4333);
        assertThat(config.streaming().clusterId).isEqualTo("flat");
    }

    @Test
    void flagsGivenWinOverTheFile() throws Exception {
        ServerConfiguration config = load("-c", file("single.conf"), "-p", "5000", "-cid", "cli",
                "--max_msgs=9", "-D=false", "-hbi", "1s");
        assertThat(config.nats().port).isEqualTo(5000);
        assertThat(config.nats().httpPort).isEqualTo(8333);
        assertThat(config.streaming().clusterId).isEqualTo("cli");
        assertThat(config.streaming().maxMsgs).isEqualTo(9);
        assertThat(config.streaming().maxBytes).isEqualTo(10L << 30);
        assertThat(config.streaming().heartbeatInterval).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.log().natsDebug).isFalse();
    }

    @Test
    void variablesResolveFromBlocksAndEnvironmentLookup() throws Exception {
        Path conf = Path.of(file("variables.conf"));
        var tree = new ConfigParser(name -> name.equals("JSTAN_TEST_CID") ? "from-env" : null).parse(conf);
        var options = new io.jstan.streaming.StreamingOptions();
        StreamingConfig.apply(StreamingConfig.section(tree), options);
        assertThat(options.clusterId).isEqualTo("from-env");
        assertThat(options.maxMsgs).isEqualTo(77);
        assertThat(tree.get("port").value()).isEqualTo(4444L);
    }

    @Test
    void badFilesNameFileLineAndProblem() {
        assertThatThrownBy(() -> load("-c", file("bad-syntax.conf")))
                .hasMessageContaining("bad-syntax.conf:3: Parse error on line 3");
        assertThatThrownBy(() -> load("-sc", file("bad-type.conf")))
                .hasMessageEndingWith("bad-type.conf:3: parameter \"max_age\" value is expected to be string, got int64");
        assertThatThrownBy(() -> load("-c", file("bad-variable.conf")))
                .hasMessageEndingWith("bad-variable.conf:2: variable reference for 'NO_SUCH_JSTAN_VARIABLE' on line 2"
                        + " can not be found");
        assertThatThrownBy(() -> load("-c", file("bad-section.conf")))
                .hasMessageEndingWith("bad-section.conf:1: expected streaming section to be a map/struct, got memory");
        assertThatThrownBy(() -> load("-c", file("unsupported.conf")))
                .hasMessageEndingWith("unsupported.conf:2: not supported yet: ft_group");
        assertThatThrownBy(() -> load("-c", "/no/such/jstan.conf"))
                .hasMessage("error opening config file: open /no/such/jstan.conf: no such file or directory");
    }

    @Test
    void unknownStoreTypeAndChannelEntryErrors() throws Exception {
        var options = new io.jstan.streaming.StreamingOptions();
        var parser = new ConfigParser(name -> null);
        assertThatThrownBy(() -> StreamingConfig.apply(parser.parse("store: foo", "s.conf"), options))
                .hasMessage("s.conf:1: unknown store type: foo");
        assertThatThrownBy(() -> StreamingConfig.apply(
                parser.parse("store_limits { channels { foo: 1 } }", "s.conf"), options))
                .hasMessage("s.conf:1: expected channel limits to be a map/struct, got 1");
        StreamingConfig.apply(parser.parse("STORE: File\nDataStore: /d\nns: \"nats://h:4222\"", "s.conf"), options);
        assertThat(options.storeType).isEqualTo("FILE");
        assertThat(options.dataDirectory).isEqualTo("/d");
        assertThat(options.natsServerUrl).isEqualTo("nats://h:4222");
    }
}
