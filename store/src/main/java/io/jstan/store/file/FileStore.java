package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import io.jstan.store.ChannelStore;
import io.jstan.store.ClientRecord;
import io.jstan.store.ServerInfo;
import io.jstan.store.Store;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The {@code FILE} store: everything in one directory, in the format described in the
 * package documentation. Creating it touches no file; {@link #recover()} locks the directory
 * and reads it. Store-level methods may be called from any thread; each channel's logs
 * belong to that channel's owner thread.
 */
public final class FileStore implements Store {

    private static final System.Logger LOG = System.getLogger(FileStore.class.getName());
    private static final String TRUNCATE_WITNESS = ".truncate.lck";
    private static final String NEW_PREFIX = ".new-";
    private static final String DELETED_PREFIX = ".deleted-";

    private final Path directory;
    private final FileStoreOptions options;
    private final LongSupplier nanoClock;
    private final Map<String, FileChannelStore> channels = new ConcurrentHashMap<>();
    private Function<String, ChannelLimits> limitsAtRecovery;
    private DirectoryLock lock;
    private ClientLog clients;
    private ScheduledExecutorService autoSync;
    private boolean closed;

    public FileStore(Path directory, FileStoreOptions options) {
        this(directory, options, System::nanoTime);
    }

    /** With the clock that times compactions. */
    FileStore(Path directory, FileStoreOptions options, LongSupplier nanoClock) {
        options.validate();
        this.directory = directory.toAbsolutePath();
        this.options = options;
        this.nanoClock = nanoClock;
    }

    @Override
    public String type() {
        return "FILE";
    }

    /**
     * The limits recovered channels get, by channel name, instead of the ones stored with
     * them: a restart with new limits applies them (trimming the stored messages) as upstream does.
     */
    public synchronized void limitsAtRecovery(Function<String, ChannelLimits> limits) {
        this.limitsAtRecovery = limits;
    }

    @Override
    public synchronized RecoveredState recover() throws StoreException {
        if (lock != null || closed) {
            throw new IllegalStateException("the store is already recovered or closed");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("unable to create file store directory \"" + directory + "\": " + e.getMessage(), e);
        }
        lock = DirectoryLock.acquire(directory);
        try {
            checkTruncateWitness();
            ServerInfo serverInfo = ServerFile.read(directory, options.crc);
            clients = ClientLog.open(directory, options, nanoClock);
            List<RecoveredChannel> recovered = recoverChannels();
            startAutoSync();
            return new RecoveredState(serverInfo, clients.clients(), recovered);
        } catch (StoreException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Refuses a second start in a row with truncation on, which could cut more than a first run cut. */
    private void checkTruncateWitness() throws StoreException {
        Path witness = directory.resolve(TRUNCATE_WITNESS);
        try {
            if (!options.truncateBadEof) {
                Files.deleteIfExists(witness);
            } else if (Files.exists(witness)) {
                throw new StoreException(
                        "file store should not be opened consecutively with the TruncateUnexpectedEOF option set to true");
            } else {
                Files.createFile(witness);
            }
        } catch (IOException e) {
            throw new StoreException("unable to handle \"" + witness + "\": " + e.getMessage(), e);
        }
    }

    private List<RecoveredChannel> recoverChannels() throws StoreException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!Files.isDirectory(entry)) {
                    continue;
                }
                if (name.startsWith(NEW_PREFIX) || name.startsWith(DELETED_PREFIX)) {
                    // A creation or deletion a crash interrupted: finish deleting it.
                    Directories.deleteRecursively(entry);
                } else if (ChannelFolders.isChannelFolder(name)) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            throw new StoreException("unable to list file store directory \"" + directory + "\": " + e.getMessage(), e);
        }
        List<RecoveredChannel> recovered = new ArrayList<>();
        if (options.parallelRecovery == 1 || folders.size() < 2) {
            for (Path folder : folders) {
                recovered.add(recoverChannel(folder));
            }
            return recovered;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelRecovery, folders.size()));
        try {
            List<Future<RecoveredChannel>> results = new ArrayList<>();
            for (Path folder : folders) {
                results.add(pool.submit(() -> recoverChannel(folder)));
            }
            for (Future<RecoveredChannel> result : results) {
                recovered.add(result.get());
            }
            return recovered;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException failure) {
                throw failure;
            }
            throw new StoreException("unable to recover channels: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while recovering channels", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private RecoveredChannel recoverChannel(Path folder) throws StoreException {
        ChannelFile channelFile = ChannelFile.read(folder, options.crc);
        if (limitsAtRecovery != null) {
            channelFile = new ChannelFile(channelFile.name(), limitsAtRecovery.apply(channelFile.name()),
                    channelFile.firstSequence());
        }
        FileMessageLog messages;
        try {
            messages = FileMessageLog.recover(folder, channelFile, options);
        } catch (IOException e) {
            throw new StoreException("unable to recover message store for [" + channelFile.name() + "] in \""
                    + folder + "\": " + e.getMessage(), e);
        }
        FileSubscriptionLog subscriptions = FileSubscriptionLog.open(folder, options, nanoClock);
        FileChannelStore channel = new FileChannelStore(channelFile.name(), channelFile.limits(), folder, messages,
                subscriptions);
        channels.put(channel.name(), channel);
        return new RecoveredChannel(channel.name(), channel, subscriptions.recovered());
    }

    private void startAutoSync() {
        if (options.sync || options.autoSync.isZero() || options.autoSync.isNegative()) {
            return;
        }
        autoSync = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "file-store-auto-sync");
            thread.setDaemon(true);
            return thread;
        });
        long period = options.autoSync.toNanos();
        autoSync.scheduleWithFixedDelay(this::syncWritten, period, period, TimeUnit.NANOSECONDS);
    }

    private void syncWritten() {
        for (FileChannelStore channel : channels.values()) {
            channel.messages().syncWritten();
            channel.subscriptions().syncWritten();
        }
        clients.syncWritten();
    }

    @Override
    public synchronized void saveServerInfo(ServerInfo info) throws StoreException {
        requireOpen();
        try {
            ServerFile.write(directory, info, options.sync);
        } catch (IOException e) {
            throw new StoreException("unable to save server information: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized ChannelStore createChannel(String name, ChannelLimits limits) throws StoreException {
        requireOpen();
        if (channels.containsKey(name)) {
            throw new StoreException("channel " + name + " already exists");
        }
        String folderName = ChannelFolders.folderName(name);
        Path folder = directory.resolve(folderName);
        Path staging = directory.resolve(NEW_PREFIX + folderName);
        ChannelFile channelFile = new ChannelFile(name, limits, 0);
        try {
            if (Files.exists(folder)) {
                throw new StoreException("unable to create channel " + name + ": folder \"" + folder + "\" exists");
            }
            // Built aside and renamed in place, so a crash never leaves a channel without its channel.dat.
            Directories.deleteRecursively(staging);
            Files.createDirectory(staging);
            channelFile.write(staging, options.sync);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            if (options.sync) {
                Directories.sync(directory);
            }
        } catch (IOException e) {
            throw new StoreException("unable to create channel " + name + ": " + e.getMessage(), e);
        }
        FileChannelStore channel = new FileChannelStore(name, limits, folder,
                FileMessageLog.create(folder, channelFile, options), FileSubscriptionLog.open(folder, options, nanoClock));
        channels.put(name, channel);
        return channel;
    }

    @Override
    public synchronized void deleteChannel(String name) throws StoreException {
        requireOpen();
        FileChannelStore channel = channels.remove(name);
        if (channel == null) {
            return;
        }
        closeChannel(channel);
        Path trash = directory.resolve(DELETED_PREFIX + channel.directory().getFileName() + "-" + nanoClock.getAsLong());
        try {
            // The rename is the deletion; removing the files after it may be interrupted safely.
            Files.move(channel.directory(), trash, StandardCopyOption.ATOMIC_MOVE);
            if (options.sync) {
                Directories.sync(directory);
            }
            Directories.deleteRecursively(trash);
        } catch (IOException e) {
            throw new StoreException("unable to delete channel " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void addClient(ClientRecord client) throws StoreException {
        requireOpen();
        clients.add(client);
    }

    @Override
    public void deleteClient(String clientId) throws StoreException {
        requireOpen();
        clients.delete(clientId);
    }

    @Override
    public synchronized void close() throws StoreException {
        if (closed) {
            return;
        }
        closed = true;
        if (autoSync != null) {
            autoSync.shutdownNow();
        }
        StoreException failure = null;
        for (FileChannelStore channel : channels.values()) {
            try {
                closeChannel(channel);
            } catch (StoreException e) {
                failure = failure == null ? e : failure;
            }
        }
        channels.clear();
        try {
            if (clients != null) {
                clients.close();
            }
        } catch (StoreException e) {
            failure = failure == null ? e : failure;
        }
        releaseLock();
        if (failure != null) {
            throw failure;
        }
    }

    private void closeChannel(FileChannelStore channel) throws StoreException {
        try {
            channel.messages().close();
        } finally {
            channel.subscriptions().close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "Error closing the file store after a failed recovery: " + e.getMessage());
        }
    }

    private void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Error releasing the lock of \"" + directory + "\": " + e.getMessage());
            }
        }
    }

    private void requireOpen() {
        if (lock == null || closed) {
            throw new IllegalStateException("the file store is not recovered or already closed");
        }
    }
}
