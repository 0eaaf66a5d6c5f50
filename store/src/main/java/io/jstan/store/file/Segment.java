package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One slice of a channel's message log: {@code msgs.N.dat} holds the framed records
 * (sequence, timestamp, encoded message) and {@code msgs.N.idx} one fixed-width entry per
 * sequence (data offset, timestamp), mapped in memory so a lookup by sequence is O(1) and a
 * start needs no read of it. Used by the channel's owner thread; {@link #syncWritten()} may
 * be called from the auto-sync thread.
 */
final class Segment {

    static final int DATA_MAGIC = 0x4A534D44;
    static final int INDEX_MAGIC = 0x4A534D49;
    /** Magic number, version, base sequence. */
    static final int HEADER = Frames.FILE_HEADER + 8;
    /** Data offset and timestamp. */
    static final int ENTRY = 16;
    /** Frame header, sequence and timestamp before the encoded message. */
    static final int RECORD_OVERHEAD = Frames.HEADER + 16;
    /** Keeps offsets and the index mapping well inside int range. */
    static final long MAX_DATA_BYTES = 1L << 30;
    private static final int INITIAL_ENTRIES = 1024;

    final int number;
    final long base;
    final Path dataFile;
    final Path indexFile;
    private volatile FileChannel data;
    private FileChannel indexChannel;
    private MappedByteBuffer index;
    private int capacity;
    private int count;
    /** End of the data, records still in the write buffer included. */
    private long end;
    /** Bytes in the data file. */
    private long written;
    private volatile boolean unsynced;

    Segment(Path directory, int number, long base, FileChannel data, long dataSize) {
        this.number = number;
        this.base = base;
        this.dataFile = dataFile(directory, number);
        this.indexFile = indexFile(directory, number);
        this.data = data;
        this.end = dataSize;
        this.written = dataSize;
    }

    static Path dataFile(Path directory, int number) {
        return directory.resolve("msgs." + number + ".dat");
    }

    static Path indexFile(Path directory, int number) {
        return directory.resolve("msgs." + number + ".idx");
    }

    /** A new, empty slice whose first message will have sequence {@code base}. */
    static Segment create(Path directory, int number, long base) throws IOException {
        FileChannel data = FileChannel.open(dataFile(directory, number), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE);
        ByteBuffer header = header(DATA_MAGIC, base);
        while (header.hasRemaining()) {
            data.write(header, header.position());
        }
        Segment segment = new Segment(directory, number, base, data, HEADER);
        segment.startIndex();
        segment.unsynced = true;
        return segment;
    }

    static ByteBuffer header(int magic, long base) {
        ByteBuffer header = Frames.allocate(HEADER);
        Frames.putFileHeader(header, magic);
        return header.putLong(base).flip();
    }

    /** Starts an empty index file, mapped for writing. */
    void startIndex() throws IOException {
        indexChannel = FileChannel.open(indexFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        count = 0;
        capacity = 0;
        grow(INITIAL_ENTRIES);
        index.put(0, header(INDEX_MAGIC, base), 0, HEADER);
    }

    /** Uses a complete, checked index file of {@code entries} entries, read-only. */
    void loadIndex(FileChannel file, int entries) throws IOException {
        index = file.map(FileChannel.MapMode.READ_ONLY, 0, HEADER + (long) entries * ENTRY);
        index.order(ByteOrder.LITTLE_ENDIAN);
        count = entries;
        capacity = entries;
    }

    /** Records the next sequence's entry; its record is {@code size} bytes at {@code offset}. */
    void add(long offset, long timestamp, int size) throws IOException {
        if (count == capacity) {
            grow(capacity * 2);
        }
        int at = HEADER + count * ENTRY;
        index.putLong(at, offset);
        index.putLong(at + 8, timestamp);
        count++;
        end = offset + size;
    }

    private void grow(int entries) throws IOException {
        index = indexChannel.map(FileChannel.MapMode.READ_WRITE, 0, HEADER + (long) entries * ENTRY);
        index.order(ByteOrder.LITTLE_ENDIAN);
        capacity = entries;
    }

    /** After recovery cut or checked the data file: it holds exactly {@code size} bytes. */
    void dataEndsAt(long size) {
        end = size;
        written = size;
    }

    int count() {
        return count;
    }

    /** The sequence of the last record; {@code base - 1} when the slice is empty. */
    long lastSequence() {
        return base + count - 1;
    }

    long end() {
        return end;
    }

    long written() {
        return written;
    }

    /** The data and index bytes, as the slice byte limit counts them. */
    long bytes() {
        return end + HEADER + (long) count * ENTRY;
    }

    long offset(long sequence) {
        return index.getLong(HEADER + (int) (sequence - base) * ENTRY);
    }

    long timestamp(long sequence) {
        return index.getLong(HEADER + (int) (sequence - base) * ENTRY + 8);
    }

    /** Where the record of {@code sequence} ends. */
    long endOf(long sequence) {
        return sequence == lastSequence() ? end : offset(sequence + 1);
    }

    /** The first sequence of this slice whose timestamp is at or after {@code timestamp}, or {@code lastSequence() + 1}. */
    long sequenceAtOrAfter(long timestamp, long from) {
        long low = from;
        long high = lastSequence() + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (timestamp(middle) < timestamp) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Writes the buffered records, which start at {@link #written()}. */
    void write(WriteBuffer buffer) throws IOException {
        if (buffer.size() > 0) {
            written += buffer.writeTo(data, written);
            unsynced = true;
        }
    }

    /** The data file, opened for reading again if it was closed. */
    FileChannel data() throws IOException {
        FileChannel channel = data;
        if (channel == null) {
            channel = FileChannel.open(dataFile, StandardOpenOption.READ);
            data = channel;
        }
        return channel;
    }

    /** Whether records may still be added: a sealed or recovered older slice takes none. */
    boolean writable() {
        return indexChannel != null;
    }

    /** Ends writing: the index file gets its exact size, so a later start can trust it. */
    void seal() throws IOException {
        if (indexChannel != null) {
            indexChannel.truncate(HEADER + (long) count * ENTRY);
            indexChannel.close();
            indexChannel = null;
            capacity = count;
        }
    }

    /** Forces the data, and the index of a sealed slice, to disk. */
    void force() throws IOException {
        FileChannel channel = data;
        if (channel != null && unsynced) {
            unsynced = false;
            channel.force(false);
        }
        if (indexChannel == null && index != null && !index.isReadOnly()) {
            index.force();
        }
    }

    /** Forces what has been written, for the auto-sync thread; a slice closed meanwhile is skipped. */
    void syncWritten() {
        FileChannel channel = data;
        if (channel != null && unsynced) {
            try {
                unsynced = false;
                channel.force(false);
            } catch (IOException e) {
                // Closed by its owner meanwhile: the owner's close or next flush takes over.
                unsynced = true;
            }
        }
    }

    void closeData() throws IOException {
        FileChannel channel = data;
        data = null;
        if (channel != null) {
            channel.close();
        }
    }

    void close() throws IOException {
        closeData();
        if (indexChannel != null) {
            indexChannel.close();
            indexChannel = null;
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(dataFile);
        Files.deleteIfExists(indexFile);
    }
}
