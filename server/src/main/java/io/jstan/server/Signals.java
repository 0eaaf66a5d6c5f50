package io.jstan.server;

import io.jstan.server.logging.LogSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Upstream's signal handling: SIGINT shuts down gracefully with status 0 (SIGTERM keeps the
 * JVM's 143, as upstream), SIGUSR1 reopens the log file, SIGHUP asks for a reload. The
 * shutdown hook does the graceful part for both SIGINT and SIGTERM.
 */
final class Signals {

    private static final Logger log = LoggerFactory.getLogger(Signals.class);

    private Signals() {
    }

    static void install() {
        handle("INT", signal -> System.exit(0));
        handle("USR1", signal -> {
            if (LogSetup.reopen()) {
                log.info("File log re-opened");
            } else {
                log.info("File log re-open ignored, not a file logger");
            }
        });
        // The JVM would exit on SIGHUP; upstream reloads the NATS configuration instead.
        handle("HUP", signal -> log.error("Reload: configuration reload is not supported yet"));
    }

    /** Signals the platform lacks (USR1 and HUP on Windows) are skipped. */
    private static void handle(String name, sun.misc.SignalHandler handler) {
        try {
            Signal.handle(new Signal(name), handler);
        } catch (IllegalArgumentException e) {
            log.debug("Signal {} not available: {}", name, e.getMessage());
        }
    }
}
