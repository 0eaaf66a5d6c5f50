package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code channel.dat}: the channel's real name (its folder name is an encoding of it), its
 * limits, and the first sequence left after the oldest messages were removed by age, which
 * the slices alone cannot tell.
 */
record ChannelFile(String name, ChannelLimits limits, long firstSequence) {

    static final String NAME = "channel.dat";
    private static final int MAGIC = 0x4A534348;

    static ChannelFile read(Path directory, boolean verifyCrc) throws StoreException {
        Path file = directory.resolve(NAME);
        RecordReader record = RecordFile.read(file, MAGIC, verifyCrc);
        if (record == null) {
            throw new StoreException("unable to recover channel in \"" + directory + "\": file " + NAME + " missing");
        }
        try {
            String name = record.getString();
            ChannelLimits limits = new ChannelLimits(record.getInt(), record.getLong(), record.getLong(),
                    record.getLong(), record.getLong());
            return new ChannelFile(name, limits, record.getLong());
        } catch (IllegalArgumentException e) {
            throw new StoreException("file \"" + file + "\" corrupted: " + e.getMessage());
        }
    }

    void write(Path directory, boolean sync) throws IOException {
        RecordWriter record = new RecordWriter().putString(name).putInt(limits.maxSubscriptions())
                .putLong(limits.maxMsgs()).putLong(limits.maxBytes()).putLong(limits.maxAgeNanos())
                .putLong(limits.maxInactivityNanos()).putLong(firstSequence);
        RecordFile.write(directory.resolve(NAME), MAGIC, record, sync);
    }

    ChannelFile withFirstSequence(long sequence) {
        return new ChannelFile(name, limits, sequence);
    }
}
