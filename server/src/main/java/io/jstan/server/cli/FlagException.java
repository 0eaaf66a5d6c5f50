package io.jstan.server.cli;

/** A command-line error; its message is printed as is on stderr before exiting with status 1. */
public final class FlagException extends Exception {

    private final boolean showUsage;

    FlagException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    /** True for parse errors, after which upstream also prints the usage text. */
    public boolean showUsage() {
        return showUsage;
    }
}
