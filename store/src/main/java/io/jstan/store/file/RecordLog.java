package io.jstan.store.file;

import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * An append-only file of typed records (a type byte, then the body), for the client and
 * subscription logs: replayed in order at open, buffered on append, and rewritten whole
 * with the live records when compacted.
 */
final class RecordLog implements AutoCloseable {

    /** Receives each record at open; throwing {@link IllegalArgumentException} marks it corrupted. */
    interface Replay {
        void record(int type, RecordReader body);
    }

    /** Writes the live records into a fresh log. */
    interface Content {
        void writeTo(RecordLog fresh) throws IOException;
    }

    private final Path file;
    private final int magic;
    private final FileStoreOptions options;
    private final WriteBuffer buffer;
    private final CRC32C crc = new CRC32C();
    /** Volatile for the auto-sync thread; replaced by compaction. */
    private volatile FileChannel channel;
    private long written;
    private long records;
    /** Bytes were written since the last force. */
    private boolean unsynced;

    private RecordLog(Path file, int magic, FileStoreOptions options, FileChannel channel, long written) {
        this.file = file;
        this.magic = magic;
        this.options = options;
        this.channel = channel;
        this.written = written;
        this.buffer = new WriteBuffer(128, options.bufferSize);
    }

    /** Opens {@code file}, creating it when missing, and replays its records. */
    static RecordLog open(Path file, int magic, FileStoreOptions options, Replay replay) throws StoreException {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (channel.size() < Frames.FILE_HEADER) {
                // New, or created just before a crash: start it over.
                channel.truncate(0);
                channel.write(fileHeader(magic), 0);
                return new RecordLog(file, magic, options, channel, Frames.FILE_HEADER);
            }
            String problem = Frames.checkFileHeader(SegmentRecovery.read(channel, 0, Frames.FILE_HEADER), magic);
            if (problem != null) {
                channel.close();
                throw new StoreException("unable to recover file \"" + file + "\" at offset 0: " + problem);
            }
            RecordLog log = new RecordLog(file, magic, options, channel, 0);
            FrameScanner.Result result = FrameScanner.scan(channel, Frames.FILE_HEADER, options.crc, (offset, payload) -> {
                if (!payload.hasRemaining()) {
                    throw new IllegalArgumentException("record without a type");
                }
                replay.record(payload.get(0) & 0xFF, new RecordReader(payload.position(1)));
                log.records++;
            });
            TailRepair.apply(file, channel, result, false, options.truncateBadEof);
            log.written = channel.size();
            return log;
        } catch (IOException e) {
            throw new StoreException("unable to open file \"" + file + "\": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer fileHeader(int magic) {
        ByteBuffer header = Frames.allocate(Frames.FILE_HEADER);
        Frames.putFileHeader(header, magic);
        return header.flip();
    }

    void append(int type, RecordWriter body) throws IOException {
        ByteBuffer target = buffer.reserve(Frames.HEADER + 1 + body.size());
        int start = target.position();
        target.putInt(1 + body.size()).putInt(0).put((byte) type).put(body.array(), 0, body.size());
        crc.reset();
        crc.update(target.duplicate().limit(target.position()).position(start + Frames.HEADER));
        target.putInt(start + 4, (int) crc.getValue());
        records++;
        if (buffer.full()) {
            written += buffer.writeTo(channel, written);
            unsynced = true;
        }
    }

    /** Writes the buffered records, and forces them to disk when {@code sync}. */
    void flush(boolean sync) throws IOException {
        if (buffer.size() > 0) {
            written += buffer.writeTo(channel, written);
            unsynced = true;
        }
        if (sync && unsynced) {
            channel.force(false);
            unsynced = false;
        }
    }

    /** Forces what has been written, for the auto-sync thread. */
    void syncWritten() {
        try {
            channel.force(false);
        } catch (IOException e) {
            // Closed or replaced meanwhile by its owner, whose own flush takes over.
        }
    }

    long size() {
        return written + buffer.size();
    }

    /** Records in the file, buffered ones included. */
    long records() {
        return records;
    }

    /** Replaces the file by one holding only {@code content}, through a temporary file and a rename. */
    void rewrite(Content content) throws IOException {
        flush(false);
        Path temporary = file.resolveSibling("." + file.getFileName() + ".compact");
        FileChannel fresh = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE);
        fresh.write(fileHeader(magic), 0);
        RecordLog compacted = new RecordLog(temporary, magic, options, fresh, Frames.FILE_HEADER);
        try {
            content.writeTo(compacted);
            compacted.flush(options.sync);
        } catch (IOException | RuntimeException e) {
            fresh.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (options.sync) {
            Directories.sync(file.getParent());
        }
        channel.close();
        channel = fresh;
        written = compacted.written;
        records = compacted.records;
    }

    @Override
    public void close() throws IOException {
        flush(options.sync);
        channel.close();
    }
}
