package io.jstan.store.file;

import io.jstan.store.ClientRecord;
import io.jstan.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code clients.dat}: registered clients as an append-only log of add and delete records,
 * each written and (with sync on) forced before the call returns, so a client is on disk
 * before its connect response. Compacted on a delete when mostly garbage. Thread-safe.
 */
final class ClientLog implements AutoCloseable {

    static final String NAME = "clients.dat";
    private static final int MAGIC = 0x4A53434C;
    private static final int ADD = 1;
    private static final int DELETE = 2;

    private final Map<String, ClientRecord> clients = new LinkedHashMap<>();
    private final FileStoreOptions options;
    private final CompactionPolicy compaction;
    private RecordLog log;

    private ClientLog(FileStoreOptions options, LongSupplier nanoClock) {
        this.options = options;
        this.compaction = new CompactionPolicy(options, nanoClock);
    }

    static ClientLog open(Path directory, FileStoreOptions options, LongSupplier nanoClock) throws StoreException {
        ClientLog clientLog = new ClientLog(options, nanoClock);
        clientLog.log = RecordLog.open(directory.resolve(NAME), MAGIC, options, clientLog::replay);
        return clientLog;
    }

    private void replay(int type, RecordReader body) {
        switch (type) {
            case ADD -> {
                ClientRecord client = new ClientRecord(body.getString(), body.getString(), body.getBytes(),
                        body.getInt(), body.getInt(), body.getInt());
                clients.put(client.clientId(), client);
            }
            case DELETE -> clients.remove(body.getString());
            default -> throw new IllegalArgumentException("unknown client record type " + type);
        }
    }

    synchronized List<ClientRecord> clients() {
        return new ArrayList<>(clients.values());
    }

    synchronized void add(ClientRecord client) throws StoreException {
        clients.put(client.clientId(), client);
        try {
            log.append(ADD, write(client));
            log.flush(options.sync);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    synchronized void delete(String clientId) throws StoreException {
        if (clients.remove(clientId) == null) {
            return;
        }
        try {
            log.append(DELETE, new RecordWriter().putString(clientId));
            log.flush(options.sync);
            if (compaction.due(log.size(), log.records(), clients.size())) {
                log.rewrite(fresh -> {
                    for (ClientRecord live : clients.values()) {
                        fresh.append(ADD, write(live));
                    }
                });
                compaction.compacted();
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    synchronized void syncWritten() {
        log.syncWritten();
    }

    @Override
    public synchronized void close() throws StoreException {
        try {
            log.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static RecordWriter write(ClientRecord client) {
        return new RecordWriter().putString(client.clientId()).putString(client.heartbeatInbox())
                .putBytes(client.connectionId()).putInt(client.protocol()).putInt(client.pingInterval())
                .putInt(client.pingMaxOut());
    }

    private StoreException failure(IOException e) {
        return new StoreException("unable to write clients: " + e.getMessage(), e);
    }
}
