package io.jstan.server;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import io.jstan.server.cli.FlagException;
import io.jstan.server.cli.FlagParser;
import io.jstan.server.cli.Flags;
import io.jstan.server.cli.Usage;
import io.jstan.server.config.ConfigException;
import io.jstan.server.logging.LogMarkers;
import io.jstan.server.logging.LogSetup;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import java.io.IOException;
import org.slf4j.LoggerFactory;

/** The {@code nats-streaming-server} program. */
public final class Main {

    /**
     * Build-time only: the packaging runs the server once under {@code -XX:ArchiveClassesAtExit}
     * and this makes it exit once ready, so the class-data archive holds the whole start path.
     */
    private static final String EXIT_WHEN_READY = "jstan.exitWhenReady";

    /**
     * Netty's buffer allocator reports to Java Flight Recorder when it can, and merely checking
     * loads the recorder's classes on the first client connection: about 50 ms before the first
     * INFO. Off unless asked for (-Dio.netty.jfr.enabled=true in JAVA_OPTS).
     */
    private static final String NETTY_JFR = "io.netty.jfr.enabled";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty(NETTY_JFR) == null) {
            System.setProperty(NETTY_JFR, "false");
        }
        NatsServerOptions natsOptions;
        StreamingOptions streamingOptions;
        try {
            Flags flags = FlagParser.parse(args);
            if (flags.versionRequested()) {
                System.out.println(ServerVersion.versionLine());
                return;
            }
            if (flags.helpRequested()) {
                System.out.println(Usage.TEXT);
                return;
            }
            ServerConfiguration config = ServerConfiguration.load(flags);
            natsOptions = config.nats();
            streamingOptions = config.streaming();
            flags.externalNats().applyTo(streamingOptions, flags.nats());
            LogSetup.apply(config.log().settings(streamingOptions.debug, streamingOptions.trace));
        } catch (FlagException e) {
            System.err.println(e.getMessage());
            // Upstream quirk: after the usage text the flag package's handler exits 0, other errors 1.
            if (e.showUsage()) {
                System.out.println(Usage.TEXT);
            }
            System.exit(e.showUsage() ? 0 : 1);
            return;
        } catch (ConfigException | IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        run(natsOptions, streamingOptions);
    }

    private static void run(NatsServerOptions natsOptions, StreamingOptions streamingOptions)
            throws InterruptedException {
        if (natsOptions.pidFile != null) {
            try {
                PidFile.write(natsOptions.pidFile);
            } catch (IOException e) {
                // A NATS-layer failure upstream, so logged without the streaming prefix.
                LoggerFactory.getLogger(NatsServer.class).error(LogMarkers.FATAL, e.getMessage());
                System.exit(1);
            }
        }
        StreamingServer server = new StreamingServer(natsOptions, streamingOptions);
        try {
            server.start();
        } catch (Exception e) {
            LoggerFactory.getLogger(Main.class).error(LogMarkers.FATAL, "Failed to start: {}", e.getMessage());
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            System.exit(0);
        }
        Signals.install();

        // The server runs on its own threads; the process ends through a signal and the hook above.
        Thread.currentThread().join();
    }
}
