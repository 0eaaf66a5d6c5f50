package io.jstan.store.file;

import io.jstan.store.ChannelLimits;
import io.jstan.store.MessageLog;
import io.jstan.store.Store.RecoveredState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Not a test: append+flush throughput with and without sync, and the start time of a store
 * holding N messages. Usage: {@code FileStoreBenchmark <dir> <messages> <size> [batch]}; the
 * directory is created and deleted.
 */
public final class FileStoreBenchmark {

    private static final long T0 = 1_700_000_000_000_000_000L;

    private FileStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long messages = Long.parseLong(args[1]);
        int size = Integer.parseInt(args[2]);
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        try {
            throughput(root.resolve("sync"), true, 200_000, batch, body);
            throughput(root.resolve("sync-1"), true, 5_000, 1, body);
            throughput(root.resolve("nosync"), false, 2_000_000, batch, body);
            restart(root.resolve("restart"), messages, body);
        } finally {
            Directories.deleteRecursively(root);
        }
    }

    private static void throughput(Path directory, boolean sync, long count, int batch, byte[] body) throws Exception {
        FileStoreOptions options = new FileStoreOptions();
        options.sync = sync;
        try (FileStore store = new FileStore(directory, options)) {
            store.recover();
            MessageLog log = store.createChannel("bench", ChannelLimits.UNLIMITED).messages();
            long start = System.nanoTime();
            for (long sequence = 1; sequence <= count; sequence++) {
                log.append(sequence, T0 + sequence, body);
                if (sequence % batch == 0) {
                    log.flush();
                }
            }
            log.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("append+flush sync=%s batch=%d: %,d msgs of %d B in %.2f s = %,.0f msgs/s%n", sync, batch,
                    count, body.length, seconds, count / seconds);
        }
        Directories.deleteRecursively(directory);
    }

    private static void restart(Path directory, long count, byte[] body) throws Exception {
        FileStoreOptions options = new FileStoreOptions();
        options.sync = false;
        long start = System.nanoTime();
        try (FileStore store = new FileStore(directory, options)) {
            store.recover();
            MessageLog log = store.createChannel("bench", ChannelLimits.UNLIMITED).messages();
            for (long sequence = 1; sequence <= count; sequence++) {
                log.append(sequence, T0 + sequence, body);
                if (sequence % 10_000 == 0) {
                    log.flush();
                }
            }
        }
        System.out.printf("wrote %,d msgs in %.1f s, %,d bytes on disk%n", count, (System.nanoTime() - start) / 1e9,
                diskBytes(directory));
        for (int run = 1; run <= 3; run++) {
            long begin = System.nanoTime();
            try (FileStore store = new FileStore(directory, new FileStoreOptions())) {
                RecoveredState state = store.recover();
                MessageLog log = state.channels().get(0).store().messages();
                double millis = (System.nanoTime() - begin) / 1e6;
                System.out.printf("restart %d: recovered %,d msgs (last %,d) in %.0f ms; get(1) %d B, get(last) %d B%n",
                        run, log.count(), log.last(), millis, log.get(1).length, log.get(log.last()).length);
            }
        }
    }

    private static long diskBytes(Path directory) throws Exception {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
