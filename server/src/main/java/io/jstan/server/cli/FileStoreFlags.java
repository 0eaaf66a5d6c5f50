package io.jstan.server.cli;

import io.jstan.store.file.FileStoreOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * Upstream's {@code file_*} flags of the FILE store and their mapping onto
 * {@link FileStoreOptions}. Values stay raw (null = not given) until {@link #applyTo}.
 */
public final class FileStoreFlags {

    /** IEEE, upstream's default and the only polynomial accepted (our CRCs are CRC32C). */
    static final long DEFAULT_CRC_POLY = 0xedb88320L;

    @Option(names = {"-file_compact_enabled", "--file_compact_enabled"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean compactEnabled;

    @Option(names = {"-file_compact_frag", "--file_compact_frag"}, converter = GoIntConverter.class)
    Long compactFrag;

    @Option(names = {"-file_compact_interval", "--file_compact_interval"}, converter = GoIntConverter.class)
    Long compactInterval;

    @Option(names = {"-file_compact_min_size", "--file_compact_min_size"}, converter = GoSizeConverter.class)
    Long compactMinSize;

    @Option(names = {"-file_buffer_size", "--file_buffer_size"}, converter = GoSizeConverter.class)
    Long bufferSize;

    @Option(names = {"-file_crc", "--file_crc"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean crc;

    @Option(names = {"-file_crc_poly", "--file_crc_poly"}, converter = GoIntConverter.class)
    Long crcPoly;

    @Option(names = {"-file_sync", "--file_sync"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean sync;

    @Option(names = {"-file_slice_max_msgs", "--file_slice_max_msgs"}, converter = GoIntConverter.class)
    Long sliceMaxMsgs;

    @Option(names = {"-file_slice_max_bytes", "--file_slice_max_bytes"}, converter = GoSizeConverter.class)
    Long sliceMaxBytes;

    @Option(names = {"-file_slice_max_age", "--file_slice_max_age"}, converter = GoDurationConverter.class)
    Duration sliceMaxAge;

    @Option(names = {"-file_slice_archive_script", "--file_slice_archive_script"})
    String sliceArchiveScript;

    @Option(names = {"-file_fds_limit", "--file_fds_limit"}, converter = GoIntConverter.class)
    Long fdsLimit;

    @Option(names = {"-file_parallel_recovery", "--file_parallel_recovery"}, converter = GoIntConverter.class)
    Long parallelRecovery;

    @Option(names = {"-file_truncate_bad_eof", "--file_truncate_bad_eof"}, arity = "1",
            preprocessor = BareBooleanFlag.class, converter = GoBooleanConverter.class)
    Boolean truncateBadEof;

    @Option(names = {"-file_read_buffer_size", "--file_read_buffer_size"}, converter = GoSizeConverter.class)
    Long readBufferSize;

    @Option(names = {"-file_auto_sync", "--file_auto_sync"}, converter = GoDurationConverter.class)
    Duration autoSync;

    /** Sets the given flags on {@code options}; the store checks the values when the server starts. */
    void applyTo(FileStoreOptions options) throws FlagException {
        if (sliceArchiveScript != null && !sliceArchiveScript.isEmpty()) {
            throw new FlagException("not supported yet: -file_slice_archive_script", false);
        }
        if (crcPoly != null && crcPoly != DEFAULT_CRC_POLY) {
            throw new FlagException("not supported yet: -file_crc_poly " + crcPoly, false);
        }
        if (compactEnabled != null) {
            options.compactEnabled = compactEnabled;
        }
        if (compactFrag != null) {
            options.compactFragmentation = GoIntConverter.toInt(compactFrag, "file_compact_frag");
        }
        if (compactInterval != null) {
            options.compactInterval = Duration.ofSeconds(GoIntConverter.toInt(compactInterval, "file_compact_interval"));
        }
        if (compactMinSize != null) {
            options.compactMinSize = compactMinSize;
        }
        if (bufferSize != null) {
            options.bufferSize = GoIntConverter.toInt(bufferSize, "file_buffer_size");
        }
        if (crc != null) {
            options.crc = crc;
        }
        if (sync != null) {
            options.sync = sync;
        }
        if (sliceMaxMsgs != null) {
            options.sliceMaxMsgs = sliceMaxMsgs;
        }
        if (sliceMaxBytes != null) {
            options.sliceMaxBytes = sliceMaxBytes;
        }
        if (sliceMaxAge != null) {
            options.sliceMaxAge = sliceMaxAge;
        }
        if (fdsLimit != null) {
            options.fdsLimit = fdsLimit;
        }
        if (parallelRecovery != null) {
            options.parallelRecovery = GoIntConverter.toInt(parallelRecovery, "file_parallel_recovery");
        }
        if (truncateBadEof != null) {
            options.truncateBadEof = truncateBadEof;
        }
        if (readBufferSize != null) {
            options.readBufferSize = GoIntConverter.toInt(readBufferSize, "file_read_buffer_size");
        }
        if (autoSync != null) {
            options.autoSync = autoSync;
        }
    }
}
