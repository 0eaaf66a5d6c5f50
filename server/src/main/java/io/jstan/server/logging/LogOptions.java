package io.jstan.server.logging;

/**
 * The NATS logging options (debug, trace, log file), filled by the configuration file and then
 * the command line; the streaming levels come from the streaming options.
 */
public final class LogOptions {

    public boolean natsDebug = false;
    public boolean natsTrace = false;
    /** null: stderr. */
    public String file = null;

    public LogSettings settings(boolean streamingDebug, boolean streamingTrace) {
        return new LogSettings(natsDebug, natsTrace, streamingDebug, streamingTrace, file);
    }
}
