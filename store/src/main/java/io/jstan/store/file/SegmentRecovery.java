package io.jstan.store.file;

import io.jstan.store.StoreException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens the slices of a message log at start. A sealed slice is trusted when its index is
 * whole and its last entry matches the last record of the data file: nothing else is read.
 * The last slice, the only one a crash can leave half written, is scanned and its index
 * rebuilt from the records, as is any slice whose index is missing or damaged.
 */
final class SegmentRecovery {

    private static final System.Logger LOG = System.getLogger(SegmentRecovery.class.getName());

    /** A recovered slice; {@code truncated} when records at its end had to be cut. */
    record Recovered(Segment segment, boolean truncated) {
    }

    private final FileStoreOptions options;

    SegmentRecovery(FileStoreOptions options) {
        this.options = options;
    }

    /**
     * Opens slice {@code number}; null when it holds no usable header, which for the last
     * slice is a crash right after its creation.
     */
    Recovered open(Path directory, int number, boolean last) throws StoreException, IOException {
        Path dataFile = Segment.dataFile(directory, number);
        FileChannel data = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        boolean done = false;
        try {
            ByteBuffer header = read(data, 0, Segment.HEADER);
            String problem = Frames.checkFileHeader(header, Segment.DATA_MAGIC);
            if (problem != null) {
                if (last && data.size() < Segment.HEADER) {
                    data.close();
                    done = true;
                    return null;
                }
                throw new StoreException("unable to recover message store, file \"" + dataFile + "\" at offset 0: "
                        + problem);
            }
            long base = header.getLong();
            Segment segment = new Segment(directory, number, base, data, data.size());
            boolean truncated = false;
            if (last || !loadIndex(segment, data)) {
                truncated = rebuildIndex(segment, data, !last);
                if (!last) {
                    segment.seal();
                    if (options.sync) {
                        segment.force();
                    }
                }
            }
            if (!last && (options.fdsLimit > 0)) {
                segment.closeData();
            }
            done = true;
            return new Recovered(segment, truncated);
        } finally {
            if (!done) {
                data.close();
            }
        }
    }

    /** Loads the index of a sealed slice if it is whole and agrees with the data file. */
    private boolean loadIndex(Segment segment, FileChannel data) throws IOException {
        Path indexFile = segment.indexFile;
        if (!Files.exists(indexFile)) {
            LOG.log(Level.WARNING, "Index file \"{0}\" missing, rebuilding it from the data file", indexFile);
            return false;
        }
        try (FileChannel index = FileChannel.open(indexFile, StandardOpenOption.READ)) {
            String problem = checkIndex(segment, data, index);
            if (problem != null) {
                LOG.log(Level.WARNING, "Error with index file \"{0}\": {1}. Rebuilding it from the data file",
                        indexFile, problem);
                return false;
            }
            segment.loadIndex(index, (int) ((index.size() - Segment.HEADER) / Segment.ENTRY));
            return true;
        }
    }

    private String checkIndex(Segment segment, FileChannel data, FileChannel index) throws IOException {
        long size = index.size();
        ByteBuffer header = read(index, 0, Segment.HEADER);
        String problem = Frames.checkFileHeader(header, Segment.INDEX_MAGIC);
        if (problem != null) {
            return problem;
        }
        if (header.getLong() != segment.base) {
            return "base sequence differs from the data file's";
        }
        if (size < Segment.HEADER + Segment.ENTRY || (size - Segment.HEADER) % Segment.ENTRY != 0) {
            return "size " + size + " is not a whole number of entries";
        }
        long entries = (size - Segment.HEADER) / Segment.ENTRY;
        ByteBuffer first = read(index, Segment.HEADER, Segment.ENTRY);
        if (first.getLong(0) != Segment.HEADER) {
            return "first entry does not point at the first record";
        }
        ByteBuffer lastEntry = read(index, size - Segment.ENTRY, Segment.ENTRY);
        long offset = lastEntry.getLong(0);
        long timestamp = lastEntry.getLong(8);
        long dataSize = data.size();
        if (offset < Segment.HEADER || offset + Segment.RECORD_OVERHEAD > dataSize) {
            return "last entry points outside the data file";
        }
        ByteBuffer frameHeader = read(data, offset, Frames.HEADER);
        long length = frameHeader.getInt(0) & 0xFFFFFFFFL;
        if (offset + Frames.HEADER + length != dataSize) {
            return "last entry is not the last record of the data file";
        }
        ByteBuffer payload = read(data, offset + Frames.HEADER, (int) length);
        if (options.crc && Frames.crc(payload) != frameHeader.getInt(4)) {
            return "last record fails its CRC";
        }
        if (payload.getLong(0) != segment.base + entries - 1 || payload.getLong(8) != timestamp) {
            return "last entry does not match the last record";
        }
        return null;
    }

    /** Scans the data file into a fresh index; returns whether the data file was cut. */
    private boolean rebuildIndex(Segment segment, FileChannel data, boolean strict)
            throws StoreException, IOException {
        segment.startIndex();
        FrameScanner.Result result;
        try {
            result = scan(segment, data);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        boolean truncated = TailRepair.apply(segment.dataFile, data, result, strict, options.truncateBadEof);
        segment.dataEndsAt(data.size());
        return truncated;
    }

    private FrameScanner.Result scan(Segment segment, FileChannel data) throws IOException {
        return FrameScanner.scan(data, Segment.HEADER, options.crc, (offset, payload) -> {
            if (payload.remaining() < 16) {
                throw new IllegalArgumentException("message record of " + payload.remaining() + " bytes");
            }
            long expected = segment.lastSequence() + 1;
            long sequence = payload.getLong(0);
            if (sequence != expected) {
                throw new IllegalArgumentException("sequence " + sequence + " where " + expected + " was expected");
            }
            try {
                segment.add(offset, payload.getLong(8), Frames.HEADER + payload.remaining());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
        ByteBuffer buffer = Frames.allocate(length);
        long at = position;
        while (buffer.hasRemaining()) {
            int read = file.read(buffer, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return buffer.flip();
    }
}
