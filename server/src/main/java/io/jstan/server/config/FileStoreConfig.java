package io.jstan.server.config;

import io.jstan.store.file.FileStoreOptions;
import java.time.Duration;
import java.util.Map;

/** Applies a {@code file} block to {@link FileStoreOptions}. */
final class FileStoreConfig {

    /** Upstream's default CRC-32 polynomial (IEEE), the only one supported. */
    private static final long IEEE_POLYNOMIAL = 0xedb88320L;

    private FileStoreConfig() {
    }

    static void apply(Map<String, Node> block, FileStoreOptions options) throws ConfigException {
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "compact", "compact_enabled" -> options.compactEnabled = entry.bool();
                case "compact_frag", "compact_fragmentation" -> options.compactFragmentation = entry.int32();
                case "compact_interval" -> options.compactInterval = Duration.ofSeconds(entry.int64());
                case "compact_min_size" -> options.compactMinSize = entry.int64();
                case "buffer_size" -> options.bufferSize = entry.int32();
                case "crc", "do_crc" -> options.crc = entry.bool();
                case "crc_poly" -> {
                    if (entry.int64() != IEEE_POLYNOMIAL) {
                        entry.unsupported();
                    }
                }
                case "sync", "do_sync", "sync_on_flush" -> options.sync = entry.bool();
                case "slice_max_msgs", "slice_max_count", "slice_msgs", "slice_count" ->
                        options.sliceMaxMsgs = entry.int64();
                case "slice_max_bytes", "slice_max_size", "slice_bytes", "slice_size" ->
                        options.sliceMaxBytes = entry.int64();
                case "slice_max_age", "slice_age", "slice_max_time", "slice_time_limit" ->
                        options.sliceMaxAge = entry.duration();
                case "slice_archive_script", "slice_archive", "slice_script" ->
                        options.sliceArchiveScript = entry.string();
                case "file_descriptors_limit", "fds_limit" -> options.fdsLimit = entry.int64();
                case "parallel_recovery" -> options.parallelRecovery = entry.int32();
                case "file_read_buffer_size", "read_buffer_size" -> options.readBufferSize = entry.int32();
                case "file_auto_sync", "auto_sync" -> options.autoSync = entry.duration();
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
    }
}
