package io.jstan.bench.stan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses stan-bench's command line the way Go's flag package does: {@code -name value},
 * {@code -name=value}, one or two dashes, booleans bare or as {@code -name=true}. Unlike Go, flags
 * may also follow the subject argument.
 */
public final class FlagParser {

    /** A command line that cannot be parsed; its message says why, {@link #usage()} says how. */
    public static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private FlagParser() {
    }

    public static String usage() {
        return """
                Usage: stan-bench [flags] [subject (default foo)]
                  -s URLS        NATS server URLs, comma separated (default nats://127.0.0.1:4222)
                  -c, -cluster   cluster ID (default test-cluster)
                  -id ID         client ID prefix (default benchmark)
                  -np N          publishers (default 10)
                  -ns N          subscribers (default 0)
                  -n N           messages to publish, split over the publishers (default 100000)
                  -ms BYTES      message size (default 128)
                  -sync          publish synchronously (wait for each PubAck)
                  -a             publish asynchronously (the default; kept from older stan-bench)
                  -mpa N         max published acks in flight (default 512)
                  -io            subscribers ignore old messages (default: replay from the oldest)
                  -qgroup NAME   subscribers join this queue group
                  -csv FILE      save per-client results to a CSV file
                  -creds FILE    NATS credentials file
                  -u USER, -pw PASSWORD   NATS user and password
                  -tls           TLS connection (also implied by tls:// URLs)
                  -client direct|official   client implementation (default direct)
                  -timeout SECONDS   abort when nothing moves this long (default 60)
                """;
    }

    public static StanBenchOptions parse(String... args) throws UsageException {
        StanBenchOptions options = new StanBenchOptions();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                positional.addAll(List.of(args).subList(i + 1, args.length));
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!isBoolean(name) && !takesValue(name)) {
                throw new UsageException("flag provided but not defined: -" + name);
            }
            if (isBoolean(name)) {
                apply(options, name, value == null ? "true" : value);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("flag needs an argument: -" + name);
                }
                value = args[++i];
            }
            apply(options, name, value);
        }
        if (positional.size() > 1) {
            throw new UsageException("expected one subject, got " + positional);
        }
        if (positional.size() == 1) {
            options.subject = positional.get(0);
        }
        validate(options);
        return options;
    }

    private static boolean isBoolean(String name) {
        return switch (name) {
            case "sync", "a", "io", "tls", "h", "help" -> true;
            default -> false;
        };
    }

    private static boolean takesValue(String name) {
        return switch (name) {
            case "s", "c", "cluster", "id", "np", "ns", "n", "ms", "mpa", "csv", "qgroup", "creds", "u", "pw",
                    "client", "timeout" -> true;
            default -> false;
        };
    }

    private static void apply(StanBenchOptions o, String name, String value) throws UsageException {
        switch (name) {
            case "s" -> o.servers = value;
            case "c", "cluster" -> o.clusterId = value;
            case "id" -> o.clientId = value;
            case "np" -> o.publishers = integer(name, value);
            case "ns" -> o.subscribers = integer(name, value);
            case "n" -> o.messages = integer(name, value);
            case "ms" -> o.messageSize = integer(name, value);
            case "sync" -> o.syncPublish = bool(name, value);
            case "a" -> o.syncPublish = !bool(name, value);
            case "io" -> o.ignoreOld = bool(name, value);
            case "mpa" -> o.maxPubAcksInFlight = integer(name, value);
            case "csv" -> o.csvFile = value;
            case "qgroup" -> o.queueGroup = value;
            case "creds" -> o.credsFile = value;
            case "u" -> o.user = value;
            case "pw" -> o.password = value;
            case "tls" -> o.tls = bool(name, value);
            case "client" -> o.client = client(value);
            case "timeout" -> o.stallTimeoutSeconds = integer(name, value);
            // -h and -help: only the usage.
            default -> throw new UsageException("");
        }
    }

    private static void validate(StanBenchOptions o) throws UsageException {
        if (o.publishers < 0 || o.subscribers < 0 || o.messages < 0 || o.messageSize < 0) {
            throw new UsageException("-np, -ns, -n and -ms must not be negative");
        }
        if (o.maxPubAcksInFlight < 1) {
            throw new UsageException("-mpa must be at least 1");
        }
        if (o.stallTimeoutSeconds < 1) {
            throw new UsageException("-timeout must be at least 1");
        }
    }

    private static int integer(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("invalid value \"" + value + "\" for flag -" + name + ": parse error");
        }
    }

    /** Go's strconv.ParseBool spellings. */
    private static boolean bool(String name, String value) throws UsageException {
        return switch (value) {
            case "1", "t", "T", "true", "TRUE", "True" -> true;
            case "0", "f", "F", "false", "FALSE", "False" -> false;
            default -> throw new UsageException("invalid boolean value \"" + value + "\" for -" + name);
        };
    }

    private static StanBenchOptions.Client client(String value) throws UsageException {
        try {
            return StanBenchOptions.Client.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid value \"" + value + "\" for flag -client: direct or official");
        }
    }
}
