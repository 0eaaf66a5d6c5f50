package io.jstan.server.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The whole command line: upstream has one flag set for the NATS and the streaming flags. */
@Command(name = "nats-streaming-server")
public final class Flags {

    @Mixin
    NatsFlags nats;

    @Mixin
    StreamingFlags streaming;

    @Mixin
    ExternalNatsFlags externalNats;

    @Option(names = {"-h", "--h", "-help", "--help"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    boolean help;

    @Option(names = {"-v", "--v", "-version", "--version"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    boolean version;

    /** Everything from the first non-flag argument on; only {@code help} and {@code version} are valid. */
    @Parameters
    List<String> commands = new ArrayList<>();

    public NatsFlags nats() {
        return nats;
    }

    public StreamingFlags streaming() {
        return streaming;
    }

    public ExternalNatsFlags externalNats() {
        return externalNats;
    }

    public boolean helpRequested() {
        return help;
    }

    public boolean versionRequested() {
        return version;
    }
}
