package io.jstan.server.logging;

/** Where and how much to log: NATS debug (-D), NATS trace (-V), and a file (-l) or null for stderr. */
public record LogSettings(boolean natsDebug, boolean natsTrace, String file) {

    /** Before the command line is read: informational lines to stderr. */
    public static final LogSettings DEFAULT = new LogSettings(false, false, null);
}
