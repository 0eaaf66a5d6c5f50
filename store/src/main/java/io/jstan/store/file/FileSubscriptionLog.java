package io.jstan.store.file;

import io.jstan.store.Store.RecoveredSubscription;
import io.jstan.store.StoreException;
import io.jstan.store.SubscriptionLog;
import io.jstan.store.SubscriptionRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code subs.dat}: the subscriptions of one channel as an append-only log of create,
 * update, delete, add-pending and ack records. The live state is kept in memory so that the
 * log can be compacted to it when mostly garbage; a compacted log starts with the highest id
 * ever issued, so ids continue after every subscription is gone. Used by the channel's owner
 * thread only.
 */
final class FileSubscriptionLog implements SubscriptionLog {

    static final String NAME = "subs.dat";
    private static final int MAGIC = 0x4A535342;
    private static final int CREATE = 1;
    private static final int UPDATE = 2;
    private static final int DELETE = 3;
    private static final int ADD_PENDING = 4;
    private static final int ACK_PENDING = 5;
    private static final int LAST_ID = 6;

    /** A live subscription: its record, pending sequences and the highest sequence ever added as pending. */
    private static final class State {
        SubscriptionRecord record;
        long highestPending;
        final LongSet pending = new LongSet();

        State(SubscriptionRecord record) {
            this.record = record;
        }
    }

    private final Map<Long, State> subscriptions = new LinkedHashMap<>();
    private final FileStoreOptions options;
    private final CompactionPolicy compaction;
    private final Path directory;
    private RecordLog log;
    private long lastId;
    private long pendingCount;

    private FileSubscriptionLog(Path directory, FileStoreOptions options, LongSupplier nanoClock) {
        this.directory = directory;
        this.options = options;
        this.compaction = new CompactionPolicy(options, nanoClock);
    }

    /** Opens (or creates) the log of the channel in {@code directory} and replays it. */
    static FileSubscriptionLog open(Path directory, FileStoreOptions options, LongSupplier nanoClock)
            throws StoreException {
        FileSubscriptionLog subscriptions = new FileSubscriptionLog(directory, options, nanoClock);
        subscriptions.log = RecordLog.open(directory.resolve(NAME), MAGIC, options, subscriptions::replay);
        return subscriptions;
    }

    private void replay(int type, RecordReader body) {
        switch (type) {
            case CREATE -> {
                SubscriptionRecord record = readRecord(body);
                subscriptions.put(record.id(), new State(record));
                lastId = Math.max(lastId, record.id());
            }
            case UPDATE -> {
                SubscriptionRecord record = readRecord(body);
                State state = subscriptions.get(record.id());
                if (state != null) {
                    state.record = record;
                }
            }
            case DELETE -> {
                State state = subscriptions.remove(body.getLong());
                if (state != null) {
                    pendingCount -= state.pending.size();
                }
            }
            case ADD_PENDING -> added(subscriptions.get(body.getLong()), body.getLong());
            case ACK_PENDING -> acked(subscriptions.get(body.getLong()), body.getLong());
            case LAST_ID -> lastId = Math.max(lastId, body.getLong());
            default -> throw new IllegalArgumentException("unknown subscription record type " + type);
        }
    }

    /** The live subscriptions, with last sent raised to the highest sequence ever added as pending. */
    List<RecoveredSubscription> recovered() {
        List<RecoveredSubscription> recovered = new ArrayList<>(subscriptions.size());
        for (State state : subscriptions.values()) {
            recovered.add(new RecoveredSubscription(withLastSent(state), state.pending.toSortedArray()));
        }
        return recovered;
    }

    @Override
    public long create(SubscriptionRecord record) throws StoreException {
        lastId++;
        SubscriptionRecord stored = record.withId(lastId);
        subscriptions.put(lastId, new State(stored));
        append(CREATE, writeRecord(stored));
        return lastId;
    }

    @Override
    public void update(SubscriptionRecord record) throws StoreException {
        State state = subscriptions.get(record.id());
        if (state != null) {
            state.record = record;
            append(UPDATE, writeRecord(record));
        }
    }

    @Override
    public void delete(long subscriptionId) throws StoreException {
        State state = subscriptions.remove(subscriptionId);
        if (state != null) {
            pendingCount -= state.pending.size();
            append(DELETE, new RecordWriter().putLong(subscriptionId));
        }
    }

    @Override
    public void addPending(long subscriptionId, long sequence) throws StoreException {
        if (added(subscriptions.get(subscriptionId), sequence)) {
            append(ADD_PENDING, new RecordWriter().putLong(subscriptionId).putLong(sequence));
        }
    }

    @Override
    public void ackPending(long subscriptionId, long sequence) throws StoreException {
        if (acked(subscriptions.get(subscriptionId), sequence)) {
            append(ACK_PENDING, new RecordWriter().putLong(subscriptionId).putLong(sequence));
        }
    }

    private boolean added(State state, long sequence) {
        if (state == null || !state.pending.add(sequence)) {
            return false;
        }
        pendingCount++;
        state.highestPending = Math.max(state.highestPending, sequence);
        return true;
    }

    private boolean acked(State state, long sequence) {
        if (state == null || !state.pending.remove(sequence)) {
            return false;
        }
        pendingCount--;
        return true;
    }

    @Override
    public int count() {
        return subscriptions.size();
    }

    @Override
    public void flush() throws StoreException {
        try {
            log.flush(options.sync);
            // The live records: one per subscription, one per pending sequence, and the last id.
            if (compaction.due(log.size(), log.records(), subscriptions.size() + pendingCount + 1)) {
                log.rewrite(this::writeLiveRecords);
                compaction.compacted();
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void writeLiveRecords(RecordLog fresh) throws IOException {
        fresh.append(LAST_ID, new RecordWriter().putLong(lastId));
        for (State state : subscriptions.values()) {
            long id = state.record.id();
            fresh.append(CREATE, writeRecord(withLastSent(state)));
            IOException[] failure = new IOException[1];
            state.pending.forEach(sequence -> {
                try {
                    fresh.append(ADD_PENDING, new RecordWriter().putLong(id).putLong(sequence));
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /** For the auto-sync thread. */
    void syncWritten() {
        log.syncWritten();
    }

    void close() throws StoreException {
        try {
            log.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void append(int type, RecordWriter body) throws StoreException {
        try {
            log.append(type, body);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private StoreException failure(IOException e) {
        return new StoreException("unable to write subscriptions in \"" + directory + "\": " + e.getMessage(), e);
    }

    private static SubscriptionRecord withLastSent(State state) {
        SubscriptionRecord r = state.record;
        return new SubscriptionRecord(r.id(), r.clientId(), r.queueGroup(), r.inbox(), r.ackInbox(),
                r.maxInFlight(), r.ackWaitSeconds(), r.durableName(), Math.max(r.lastSent(), state.highestPending),
                r.durable(), r.closed());
    }

    private static RecordWriter writeRecord(SubscriptionRecord r) {
        return new RecordWriter().putLong(r.id()).putString(r.clientId()).putString(r.queueGroup())
                .putString(r.inbox()).putString(r.ackInbox()).putInt(r.maxInFlight()).putInt(r.ackWaitSeconds())
                .putString(r.durableName()).putLong(r.lastSent()).putBoolean(r.durable()).putBoolean(r.closed());
    }

    private static SubscriptionRecord readRecord(RecordReader body) {
        return new SubscriptionRecord(body.getLong(), body.getString(), body.getString(), body.getString(),
                body.getString(), body.getInt(), body.getInt(), body.getString(), body.getLong(), body.getBoolean(),
                body.getBoolean());
    }
}
