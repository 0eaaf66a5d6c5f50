package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the frames of a file in order, checking lengths and CRCs, and says where the valid
 * part ends and why it stops there: the end of the file, a torn tail (a record cut short or
 * zero padding, as a crash leaves it) or a corrupted record.
 */
final class FrameScanner {

    /** Receives each valid payload; throwing {@link IllegalArgumentException} marks the record corrupted. */
    interface Visitor {
        void frame(long offset, ByteBuffer payload);
    }

    enum Stop { END, TORN, CORRUPT }

    /** Where scanning stopped: {@code validEnd} is the offset of the first bad record, or the file size. */
    record Result(long validEnd, Stop stop, String reason) {
    }

    private static final int BLOCK = 1 << 20;

    private FrameScanner() {
    }

    static Result scan(FileChannel file, long start, boolean verifyCrc, Visitor visitor) throws IOException {
        long size = file.size();
        ByteBuffer block = Frames.allocate(BLOCK);
        long blockStart = start;
        block.limit(0);
        long position = start;
        while (position < size) {
            long left = size - position;
            if (left < Frames.HEADER) {
                return new Result(position, Stop.TORN, "incomplete record header");
            }
            if (position + Frames.HEADER > blockStart + block.limit()) {
                blockStart = position;
                block = fill(file, block, position, Frames.HEADER);
            }
            int at = (int) (position - blockStart);
            long length = block.getInt(at) & 0xFFFFFFFFL;
            int crc = block.getInt(at + 4);
            if (length == 0) {
                if (crc == 0 && zeros(file, position, size)) {
                    return new Result(position, Stop.TORN, "zero padding");
                }
                return new Result(position, Stop.CORRUPT, "empty record");
            }
            if (length > Frames.MAX_PAYLOAD) {
                return new Result(position, Stop.CORRUPT, "invalid record length " + length);
            }
            if (position + Frames.HEADER + length > size) {
                return new Result(position, Stop.TORN, "unexpected EOF: record of " + length + " bytes cut short");
            }
            int frameSize = Frames.HEADER + (int) length;
            if (position + frameSize > blockStart + block.limit()) {
                blockStart = position;
                block = fill(file, block, position, frameSize);
                at = 0;
            }
            ByteBuffer payload = block.duplicate().limit(at + frameSize).position(at + Frames.HEADER).slice()
                    .order(block.order());
            if (verifyCrc) {
                int computed = Frames.crc(payload);
                if (computed != crc) {
                    return new Result(position, Stop.CORRUPT, String.format(
                            "corrupted data, expected crc to be 0x%08x, got 0x%08x", crc, computed));
                }
            }
            try {
                visitor.frame(position, payload);
            } catch (IllegalArgumentException e) {
                return new Result(position, Stop.CORRUPT, e.getMessage());
            }
            position += frameSize;
        }
        return new Result(size, Stop.END, null);
    }

    /** Reads from {@code position} into a buffer holding at least {@code needed} bytes. */
    private static ByteBuffer fill(FileChannel file, ByteBuffer block, long position, int needed) throws IOException {
        ByteBuffer target = block.capacity() >= needed ? block : Frames.allocate(needed);
        target.clear();
        long at = position;
        while (target.hasRemaining()) {
            int read = file.read(target, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return target.flip();
    }

    private static boolean zeros(FileChannel file, long from, long size) throws IOException {
        ByteBuffer chunk = Frames.allocate(64 * 1024);
        long at = from;
        while (at < size) {
            chunk.clear();
            int read = file.read(chunk, at);
            if (read < 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (chunk.get(i) != 0) {
                    return false;
                }
            }
            at += read;
        }
        return true;
    }
}
