package io.jstan.server.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Upstream flags for features not built yet. They are accepted by the parser (so a value after
 * one is not taken for a command) and then refused with {@code not supported yet: <flag>}:
 * a deployment must never run with a setting silently dropped.
 */
final class UnsupportedFlags {

    /** Flags that take a value; each name is also accepted with two dashes. */
    private static final List<List<String>> VALUED = List.of(
            // streaming
            List.of("ft_group"),
            List.of("sl", "signal"), List.of("encryption_cipher"), List.of("encryption_key"),
            List.of("syslog_name"), List.of("io_batch_size"), List.of("io_sleep_time"),
            // clustering
            List.of("cluster_node_id"), List.of("cluster_peers"), List.of("cluster_log_path"),
            List.of("cluster_log_cache_size"), List.of("cluster_log_snapshots"), List.of("cluster_trailing_logs"),
            // SQL store
            List.of("sql_driver"), List.of("sql_source"), List.of("sql_max_open_conns"),
            List.of("sql_bulk_insert_limit"),
            // embedded NATS server
            List.of("ms", "https_port"), List.of("r", "remote_syslog"),
            List.of("routes"), List.of("cluster", "cluster_listen"),
            List.of("client_advertise"), List.of("log_size_limit"), List.of("ports_file_dir"), List.of("profile"),
            List.of("cluster_advertise"), List.of("connect_retries"), List.of("cluster_name"),
            List.of("max_traced_msg_len"), List.of("sd", "store_dir"));

    /** Boolean flags: bare means true, a value only after {@code =}. */
    private static final List<List<String>> BOOLEAN = List.of(
            // streaming
            List.of("encrypt"),
            // clustering
            List.of("clustered"), List.of("cluster_bootstrap"), List.of("cluster_sync"),
            List.of("cluster_raft_logging"), List.of("cluster_allow_add_remove_node"),
            List.of("cluster_proceed_on_restore_failure"),
            // SQL store
            List.of("sql_no_caching"),
            // embedded NATS server
            List.of("T", "logtime"), List.of("s", "syslog"), List.of("logtime_utc"), List.of("no_advertise"),
            List.of("VV"), List.of("DVV"), List.of("js", "jetstream"), List.of("t"), List.of("help_tls"));

    private final List<OptionSpec> specs = new ArrayList<>();

    /** Declares every unsupported flag on the command. */
    void addTo(CommandSpec command) {
        for (List<String> names : VALUED) {
            add(command, OptionSpec.builder(spellings(names)).arity("1").type(String.class));
        }
        for (List<String> names : BOOLEAN) {
            add(command, OptionSpec.builder(spellings(names)).arity("1").type(Boolean.class)
                    .preprocessor(new BareBooleanFlag()).converters(new GoBooleanConverter()));
        }
    }

    /** Refuses the first unsupported flag on the command line, named as it was typed. */
    void check(ParseResult result, String[] args) throws FlagException {
        for (OptionSpec option : result.matchedOptions()) {
            if (specs.contains(option)) {
                throw new FlagException("not supported yet: " + typedName(option, args), false);
            }
        }
    }

    private void add(CommandSpec command, OptionSpec.Builder builder) {
        OptionSpec option = builder.build();
        specs.add(option);
        command.addOption(option);
    }

    private static String[] spellings(List<String> names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            all.add("-" + name);
            all.add("--" + name);
        }
        return all.toArray(String[]::new);
    }

    private static String typedName(OptionSpec option, String[] args) {
        for (String arg : args) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return name;
                }
            }
        }
        return option.longestName();
    }
}
