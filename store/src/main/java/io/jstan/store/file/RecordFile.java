package io.jstan.store.file;

import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A small file holding one framed record after its header ({@code server.dat},
 * {@code channel.dat}), replaced whole by writing a temporary file and renaming it over the
 * old one, so a crash leaves either the old or the new content.
 */
final class RecordFile {

    private RecordFile() {
    }

    static void write(Path file, int magic, RecordWriter record, boolean sync) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        ByteBuffer frame = Frames.frame(record.array(), record.size());
        ByteBuffer header = Frames.allocate(Frames.FILE_HEADER);
        Frames.putFileHeader(header, magic);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(new ByteBuffer[] {header.flip(), frame});
            if (sync) {
                channel.force(false);
            }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (sync) {
            Directories.sync(file.getParent());
        }
    }

    /** The record, or null when the file does not exist. */
    static RecordReader read(Path file, int magic, boolean verifyCrc) throws StoreException {
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("unable to read file \"" + file + "\": " + e.getMessage(), e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        String problem = Frames.checkFileHeader(buffer, magic);
        if (problem == null) {
            problem = checkFrame(buffer, verifyCrc);
        }
        if (problem != null) {
            throw new StoreException("file \"" + file + "\" corrupted: " + problem);
        }
        return new RecordReader(buffer.position(Frames.FILE_HEADER + Frames.HEADER));
    }

    private static String checkFrame(ByteBuffer buffer, boolean verifyCrc) {
        if (buffer.remaining() < Frames.HEADER) {
            return "incorrect file size, got " + buffer.limit() + " bytes";
        }
        int length = buffer.getInt(Frames.FILE_HEADER);
        int expected = Frames.FILE_HEADER + Frames.HEADER + length;
        if (length < 0 || expected != buffer.limit()) {
            return "incorrect file size, expected " + expected + " bytes, got " + buffer.limit() + " bytes";
        }
        ByteBuffer payload = buffer.duplicate().position(Frames.FILE_HEADER + Frames.HEADER);
        int computed = Frames.crc(payload);
        int stored = buffer.getInt(Frames.FILE_HEADER + 4);
        if (verifyCrc && computed != stored) {
            return String.format("corrupted data, expected crc to be 0x%08x, got 0x%08x", stored, computed);
        }
        return null;
    }
}
