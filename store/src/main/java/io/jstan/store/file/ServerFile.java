package io.jstan.store.file;

import io.jstan.store.ServerInfo;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;

/** {@code server.dat}: the server information, replaced whole on each save. */
final class ServerFile {

    static final String NAME = "server.dat";
    private static final int MAGIC = 0x4A535356;

    private ServerFile() {
    }

    /** The saved information, or null when none was saved yet. */
    static ServerInfo read(Path directory, boolean verifyCrc) throws StoreException {
        Path file = directory.resolve(NAME);
        RecordReader record = RecordFile.read(file, MAGIC, verifyCrc);
        if (record == null) {
            return null;
        }
        try {
            return new ServerInfo(record.getString(), record.getString(), record.getString(), record.getString(),
                    record.getString(), record.getString(), record.getString());
        } catch (IllegalArgumentException e) {
            throw new StoreException("server file \"" + file + "\" corrupted: " + e.getMessage());
        }
    }

    static void write(Path directory, ServerInfo info, boolean sync) throws IOException {
        RecordWriter record = new RecordWriter().putString(info.clusterId()).putString(info.discoverPrefix())
                .putString(info.publishPrefix()).putString(info.subscribeRequests())
                .putString(info.unsubscribeRequests()).putString(info.subscriptionCloseRequests())
                .putString(info.closeRequests());
        RecordFile.write(directory.resolve(NAME), MAGIC, record, sync);
    }
}
