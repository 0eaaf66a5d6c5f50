package io.jstan.store.file;

import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock on the store directory, held on {@code .rootdir.lck} while the store is
 * open: a second store on the same directory, in this process or another, is refused. The
 * operating system releases it when the process dies.
 */
final class DirectoryLock implements AutoCloseable {

    static final String NAME = ".rootdir.lck";

    private final FileChannel file;
    private final FileLock lock;

    private DirectoryLock(FileChannel file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    static DirectoryLock acquire(Path directory) throws StoreException {
        Path path = directory.resolve(NAME);
        FileChannel file;
        try {
            file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("unable to create lock file \"" + path + "\": " + e.getMessage(), e);
        }
        FileLock lock = null;
        try {
            lock = file.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another store of this process.
        } catch (IOException e) {
            close(file);
            throw new StoreException("unable to lock file store directory \"" + directory + "\": " + e.getMessage(), e);
        }
        if (lock == null) {
            close(file);
            throw new StoreException("file store directory \"" + directory + "\" is in use by another store");
        }
        return new DirectoryLock(file, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            file.close();
        }
    }

    private static void close(FileChannel file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // Nothing was locked; the error that matters is already being reported.
        }
    }
}
