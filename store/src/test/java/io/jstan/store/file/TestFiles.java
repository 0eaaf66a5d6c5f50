package io.jstan.store.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** File surgery for recovery tests: cut, extend, flip and copy store files as crashes and disks do. */
final class TestFiles {

    private TestFiles() {
    }

    static void cutBy(Path file, long bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - bytes);
        }
    }

    static void cutAt(Path file, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }

    static void appendBytes(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.APPEND);
    }

    static void flipByte(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            one.put(0, (byte) (one.get(0) ^ 0x5A)).rewind();
            channel.write(one, offset);
        }
    }

    /** The data file offset of {@code sequence}'s record, read from the slice index. */
    static long recordOffset(Path indexFile, long base, long sequence) throws IOException {
        ByteBuffer entry = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel channel = FileChannel.open(indexFile, StandardOpenOption.READ)) {
            channel.read(entry, Segment.HEADER + (sequence - base) * Segment.ENTRY);
        }
        return entry.getLong(0);
    }

    /** Copies a store directory as it is now, as a process killed at this moment leaves it. */
    static void copyDirectory(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.toList();
        }
        for (Path source : entries) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                try {
                    Files.copy(source, target);
                } catch (NoSuchFileException e) {
                    // Deleted since the listing: a killed process would not have it either.
                }
            }
        }
    }

    static Path channelFolder(Path storeDirectory, String channel) {
        return storeDirectory.resolve(ChannelFolders.folderName(channel));
    }
}
