package io.jstan.nats.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** The open socket connections, and the most recently closed ones for {@code /connz?state=closed}. */
public final class ConnectionRegistry {

    private final AtomicLong lastCid = new AtomicLong();
    private final ConcurrentMap<Long, ClientConnection> open = new ConcurrentHashMap<>();
    private final ArrayDeque<ConnectionInfo> closed = new ArrayDeque<>();
    private final int maxClosed;

    ConnectionRegistry(int maxClosed) {
        this.maxClosed = maxClosed;
    }

    /** Connection ids are shared by socket and in-process clients, as upstream numbers all clients. */
    public long nextCid() {
        return lastCid.incrementAndGet();
    }

    /** Registers a connection; returns how many are open now. */
    int add(ClientConnection connection) {
        open.put(connection.cid(), connection);
        return open.size();
    }

    void remove(ClientConnection connection, ConnectionInfo finalState) {
        if (open.remove(connection.cid()) == null) {
            return;
        }
        synchronized (closed) {
            if (maxClosed <= 0) {
                return;
            }
            if (closed.size() == maxClosed) {
                closed.removeFirst();
            }
            closed.addLast(finalState);
        }
    }

    public Collection<ClientConnection> open() {
        return open.values();
    }

    public int openCount() {
        return open.size();
    }

    public List<ConnectionInfo> closed() {
        synchronized (closed) {
            return new ArrayList<>(closed);
        }
    }
}
