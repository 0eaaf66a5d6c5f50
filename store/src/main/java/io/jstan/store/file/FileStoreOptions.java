package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import java.time.Duration;

/**
 * Options of the file store, named after upstream's {@code file_*} options with their
 * defaults. Mutable on purpose: the command line and the config file fill one instance.
 */
public final class FileStoreOptions {

    /** {@code file_compact_enabled}: rewrite the client and subscription logs once mostly garbage. */
    public boolean compactEnabled = true;
    /** {@code file_compact_frag}: garbage records, in percent of all records, before a log is compacted. */
    public int compactFragmentation = 50;
    /** {@code file_compact_interval}: minimum time between two compactions of one log. */
    public Duration compactInterval = Duration.ofSeconds(300);
    /** {@code file_compact_min_size}: a log smaller than this is not compacted (0 = no minimum). */
    public long compactMinSize = 1024 * 1024;
    /** {@code file_buffer_size}: largest write buffer per file (0 = write at each append). */
    public int bufferSize = 2 * 1024 * 1024;
    /** {@code file_crc}: verify CRCs when reading (they are always written). */
    public boolean crc = true;
    /** {@code file_sync}: fsync at each flush, so a flushed message survives a power loss. */
    public boolean sync = true;
    /** {@code file_slice_max_msgs}: messages per slice (segment file), 0 = no limit. */
    public long sliceMaxMsgs = 0;
    /** {@code file_slice_max_bytes}: bytes per slice, data and index together, 0 = no limit. */
    public long sliceMaxBytes = 64L * 1024 * 1024;
    /** {@code file_slice_max_age}: time span of a slice from its first message, 0 = no limit. */
    public Duration sliceMaxAge = Duration.ZERO;
    /** {@code file_slice_archive_script}: not supported yet; must stay empty. */
    public String sliceArchiveScript = "";
    /** {@code file_fds_limit}: soft limit of open files, 0 = none; approximate (see the package documentation). */
    public long fdsLimit = 0;
    /** {@code file_parallel_recovery}: channels recovered at the same time. */
    public int parallelRecovery = 1;
    /** {@code file_truncate_bad_eof}: at recovery, cut a file at a corrupted record instead of refusing to start. */
    public boolean truncateBadEof = false;
    /** {@code file_read_buffer_size}: read-ahead per channel when delivering (0 = none). */
    public int readBufferSize = 2 * 1024 * 1024;
    /** {@code file_auto_sync}: fsync written data this often when {@link #sync} is off (zero = never). */
    public Duration autoSync = Duration.ofMinutes(1);

    /** Checks the values as upstream does; the message is the one upstream prints. */
    public void validate() {
        if (bufferSize < 0 || readBufferSize < 0 || compactMinSize < 0 || fdsLimit < 0) {
            throw new IllegalArgumentException("buffer sizes, compact min size and file descriptors limit must be positive numbers");
        }
        if (compactInterval.getSeconds() < 1) {
            throw new IllegalArgumentException("compact interval value must at least be 1 seconds");
        }
        if (compactFragmentation < 1) {
            throw new IllegalArgumentException("compact fragmentation value must at least be 1");
        }
        if (parallelRecovery < 1) {
            throw new IllegalArgumentException("parallel recovery value must be at least 1");
        }
        if (sliceMaxMsgs < 0 || sliceMaxBytes < 0 || sliceMaxAge.isNegative()) {
            throw new IllegalArgumentException("slice max values must be positive numbers");
        }
        if (sliceArchiveScript != null && !sliceArchiveScript.isEmpty()) {
            throw new IllegalArgumentException("the slice archive script is not supported yet");
        }
    }

    /**
     * The slice limits for a channel: the configured ones, or when all three are 0 a quarter
     * of the channel's limits, as upstream derives them.
     */
    SliceLimits sliceLimits(ChannelLimits limits) {
        if (sliceMaxMsgs > 0 || sliceMaxBytes > 0 || !sliceMaxAge.isZero()) {
            return new SliceLimits(sliceMaxMsgs, sliceMaxBytes, sliceMaxAge.toNanos());
        }
        long age = limits.maxAgeNanos() > 0 ? Math.max(limits.maxAgeNanos() / 4, 1_000_000_000L) : 0;
        return new SliceLimits(limits.maxMsgs() / 4, limits.maxBytes() / 4, age);
    }

    /** When a slice is full; 0 = no limit. */
    record SliceLimits(long maxMsgs, long maxBytes, long maxAgeNanos) {
    }
}
