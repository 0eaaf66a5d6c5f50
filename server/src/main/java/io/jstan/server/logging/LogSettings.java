package io.jstan.server.logging;

/**
 * Where and how much to log: NATS debug (-D) and trace (-V), streaming debug (-SD) and trace
 * (-SV), and a file (-l) or null for stderr.
 */
public record LogSettings(boolean natsDebug, boolean natsTrace, boolean streamingDebug, boolean streamingTrace,
                          String file) {

    /** Before the command line is read: informational lines to stderr. */
    public static final LogSettings DEFAULT = new LogSettings(false, false, false, false, null);
}
