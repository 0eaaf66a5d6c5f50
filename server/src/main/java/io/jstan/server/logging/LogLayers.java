package io.jstan.server.logging;

/**
 * Upstream's two log layers sharing one destination: the embedded NATS server (no prefix, -D/-V)
 * and the streaming server (prefix {@code STREAM: }). A logger's name tells its layer.
 */
final class LogLayers {

    static final String STREAMING_PREFIX = "STREAM: ";
    private static final String NATS_PACKAGE = "io.jstan.nats";
    private static final String PROJECT_PACKAGE = "io.jstan.";

    private LogLayers() {
    }

    /** Our own code outside the NATS layer: the streaming core, the stores, the program. */
    static boolean isStreaming(String loggerName) {
        return loggerName.startsWith(PROJECT_PACKAGE) && !isNats(loggerName);
    }

    static boolean isNats(String loggerName) {
        return loggerName.startsWith(NATS_PACKAGE)
                && (loggerName.length() == NATS_PACKAGE.length() || loggerName.charAt(NATS_PACKAGE.length()) == '.');
    }
}
