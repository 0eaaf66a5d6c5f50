package io.jstan.server;

import io.jstan.nats.NatsServerOptions;
import io.jstan.server.cli.FlagException;
import io.jstan.server.cli.Flags;
import io.jstan.server.cli.NatsOptionsMapper;
import io.jstan.server.cli.StreamingOptionsMapper;
import io.jstan.server.config.ConfigException;
import io.jstan.server.config.ConfigParser;
import io.jstan.server.config.NatsConfig;
import io.jstan.server.config.Node;
import io.jstan.server.config.StreamingConfig;
import io.jstan.server.logging.LogOptions;
import io.jstan.streaming.StreamingOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * The options of one run, filled in upstream's order: defaults, then the configuration files,
 * then the flags given on the command line.
 */
public record ServerConfiguration(NatsServerOptions nats, StreamingOptions streaming, LogOptions log) {

    /**
     * {@code -c} configures NATS and {@code -sc} streaming; either alone configures both. The
     * streaming options come from the file's {@code streaming} block when it has one.
     */
    public static ServerConfiguration load(Flags flags) throws FlagException, ConfigException {
        ServerConfiguration config = new ServerConfiguration(new NatsServerOptions(), new StreamingOptions(),
                new LogOptions());
        String natsFile = flags.nats().configFile();
        String streamingFile = flags.streaming().configFile();
        if (natsFile != null || streamingFile != null) {
            Map<String, Node> natsTree = ConfigParser.parseFile(Path.of(natsFile != null ? natsFile : streamingFile));
            NatsConfig.apply(natsTree, config.nats, config.log);
            Map<String, Node> streamingTree = natsFile != null && streamingFile != null
                    ? ConfigParser.parseFile(Path.of(streamingFile)) : natsTree;
            StreamingConfig.apply(StreamingConfig.section(streamingTree), config.streaming);
        }
        NatsOptionsMapper.apply(flags.nats(), config.nats);
        NatsOptionsMapper.applyLogging(flags.nats(), config.log);
        StreamingOptionsMapper.apply(flags.streaming(), config.streaming);
        return config;
    }
}
