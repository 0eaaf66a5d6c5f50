package io.jstan.server.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Parses the command line the way Go's flag package does, with upstream's error texts. */
public final class FlagParser {

    private FlagParser() {
    }

    public static Flags parse(String... args) throws FlagException {
        Flags flags = new Flags();
        CommandLine commandLine = new CommandLine(flags)
                .setPosixClusteredShortOptionsAllowed(false) // -DV is one flag, not -D -V
                .setOverwrittenOptionsAllowed(true)          // the last one given wins
                .setStopAtPositional(true)                   // flags end at the first non-flag
                .setAllowOptionsAsOptionParameters(true)     // -p -D: "-D" is the port value
                .setExpandAtFiles(false);
        UnsupportedFlags unsupported = new UnsupportedFlags();
        unsupported.addTo(commandLine.getCommandSpec());
        ParseResult result;
        try {
            result = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            throw toFlagException(e, args);
        }
        unsupported.check(result, args);
        readCommand(flags);
        return flags;
    }

    /** Upstream accepts {@code version} or {@code help} as the first positional argument. */
    private static void readCommand(Flags flags) throws FlagException {
        if (flags.commands.isEmpty()) {
            return;
        }
        String command = flags.commands.get(0);
        switch (command.toLowerCase(Locale.ROOT)) {
            case "version" -> flags.version = true;
            case "help" -> flags.help = true;
            default -> throw new FlagException("unrecognized command: " + goQuote(command), false);
        }
    }

    private static FlagException toFlagException(ParameterException e, String[] args) {
        // Upstream checks sizes after parsing the flags, and prints no usage for them.
        if (e.getCause() instanceof GoSizeConverter.NotASizeException && e.getArgSpec() instanceof OptionSpec option) {
            String name = typedName(option, e.getValue(), args);
            return new FlagException(name + " should be a size, got '" + e.getValue() + "'", false);
        }
        return new FlagException(goMessage(e, args), true);
    }

    private static String goMessage(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            String name = stripDashes(arg);
            if (name.isEmpty() || name.startsWith("-") || name.startsWith("=")) {
                return "bad flag syntax: " + arg;
            }
            return "flag provided but not defined: -" + name;
        }
        if (e instanceof MissingParameterException) {
            return "flag needs an argument: -" + stripDashes(args[args.length - 1]);
        }
        ArgSpec spec = e.getArgSpec();
        if (spec instanceof OptionSpec option && e.getValue() != null) {
            String name = typedName(option, e.getValue(), args);
            String reason = e.getCause() != null ? e.getCause().getMessage() : GoIntConverter.PARSE_ERROR;
            if (option.typeInfo().getType() == Boolean.class || option.typeInfo().getType() == boolean.class) {
                return "invalid boolean value " + goQuote(e.getValue()) + " for -" + name + ": " + reason;
            }
            return "invalid value " + goQuote(e.getValue()) + " for flag -" + name + ": " + reason;
        }
        return e.getMessage();
    }

    /** The spelling the user typed for the flag that got {@code value}, as Go reports it. */
    private static String typedName(OptionSpec option, String value, String[] args) {
        for (int i = 0; i < args.length; i++) {
            for (String name : option.names()) {
                boolean attached = args[i].equals(name + "=" + value);
                boolean separate = args[i].equals(name) && i + 1 < args.length && args[i + 1].equals(value);
                if (attached || separate) {
                    return stripDashes(name);
                }
            }
        }
        return stripDashes(option.longestName());
    }

    private static String stripDashes(String arg) {
        String name = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : arg;
        int eq = name.indexOf('=');
        return eq > 0 ? name.substring(0, eq) : name;
    }

    /** Go's %q for the plain texts found on command lines. */
    private static String goQuote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
