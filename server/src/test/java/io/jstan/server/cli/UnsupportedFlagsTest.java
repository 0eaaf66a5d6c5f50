package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsupportedFlagsTest {

    /** Every upstream flag that takes a value and that we do not support yet (OPERATIONS.md §1). */
    @ParameterizedTest(name = "-{0}")
    @ValueSource(strings = {"ft_group", "sl", "signal",
            "encryption_cipher", "encryption_key", "syslog_name",
            "io_batch_size", "io_sleep_time", "cluster_node_id", "cluster_peers",
            "cluster_log_path", "cluster_log_cache_size", "cluster_log_snapshots", "cluster_trailing_logs",
            "sql_driver", "sql_source", "sql_max_open_conns", "sql_bulk_insert_limit",
            "ms", "https_port", "r", "remote_syslog", "routes", "cluster",
            "cluster_listen", "client_advertise", "log_size_limit", "ports_file_dir",
            "profile", "cluster_advertise", "connect_retries", "cluster_name", "max_traced_msg_len", "sd",
            "store_dir"})
    void valuedFlagIsRefusedInEverySpelling(String name) {
        for (String dashes : new String[] {"-", "--"}) {
            assertRefused(dashes + name, new String[] {dashes + name, "x"});
            assertRefused(dashes + name, new String[] {dashes + name + "=x"});
        }
    }

    /** Every upstream boolean flag we do not support yet. */
    @ParameterizedTest(name = "-{0}")
    @ValueSource(strings = {"encrypt", "clustered", "cluster_bootstrap", "cluster_sync",
            "cluster_raft_logging", "cluster_allow_add_remove_node", "cluster_proceed_on_restore_failure",
            "sql_no_caching",
            "T", "logtime", "s", "syslog", "logtime_utc", "no_advertise", "VV", "DVV", "js", "jetstream", "t",
            "help_tls"})
    void booleanFlagIsRefusedInEverySpelling(String name) {
        for (String dashes : new String[] {"-", "--"}) {
            assertRefused(dashes + name, new String[] {dashes + name});
            assertRefused(dashes + name, new String[] {dashes + name + "=false"});
        }
    }

    @Test
    void aRefusedFlagStillTakesItsValue() {
        // The value is the flag's, not a command, and other flags around it still parse.
        assertRefused("-ft_group", new String[] {"-p", "4222", "-ft_group", "nats://localhost:4222", "-SD"});
    }

    @Test
    void discoverPrefixIsNotAFlagUpstream() {
        assertThatThrownBy(() -> FlagParser.parse("-discover_prefix", "x"))
                .hasMessage("flag provided but not defined: -discover_prefix");
    }

    private static void assertRefused(String typed, String[] args) {
        assertThatThrownBy(() -> FlagParser.parse(args))
                .as(String.join(" ", args))
                .isInstanceOf(FlagException.class)
                .hasMessage("not supported yet: " + typed)
                .satisfies(e -> assertThat(((FlagException) e).showUsage()).isFalse());
    }
}
