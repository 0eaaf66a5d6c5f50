package io.jstan.store.file;

import java.util.function.LongSupplier;

/**
 * When an append-only log (clients, subscriptions) is worth rewriting with its live records
 * only: compaction enabled, the file at least the minimum size, garbage at least the
 * configured share of the records, and the minimum interval passed since the previous one.
 */
final class CompactionPolicy {

    private final FileStoreOptions options;
    private final LongSupplier nanoClock;
    private long last;

    CompactionPolicy(FileStoreOptions options, LongSupplier nanoClock) {
        this.options = options;
        this.nanoClock = nanoClock;
        this.last = nanoClock.getAsLong();
    }

    boolean due(long fileSize, long records, long liveRecords) {
        if (!options.compactEnabled || records == 0) {
            return false;
        }
        if (options.compactMinSize > 0 && fileSize < options.compactMinSize) {
            return false;
        }
        long garbage = records - liveRecords;
        if (garbage * 100 < (long) options.compactFragmentation * records) {
            return false;
        }
        return nanoClock.getAsLong() - last >= options.compactInterval.toNanos();
    }

    void compacted() {
        last = nanoClock.getAsLong();
    }
}
