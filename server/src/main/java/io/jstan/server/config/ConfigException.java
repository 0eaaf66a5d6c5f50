package io.jstan.server.config;

/** A configuration file that cannot be used; the message names the file and line when known. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    /** The problem prefixed with where it is, as {@code <file>:<line>: <problem>}. */
    static ConfigException at(Node.Position position, String problem) {
        return new ConfigException(position + ": " + problem);
    }
}
