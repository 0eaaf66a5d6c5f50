package io.jstan.streaming.subscriptions;

import io.jstan.streaming.clients.Client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** The subscriptions of one channel and their lookups; owned by the channel's worker. */
public final class ChannelSubscriptions {

    private final List<Subscription> plain = new ArrayList<>();
    private final Map<String, Subscription> durables = new HashMap<>();
    private final Map<String, QueueGroup> groups = new HashMap<>();
    private final Map<String, Subscription> byAckInbox = new HashMap<>();
    private final Map<String, Subscription> byInbox = new HashMap<>();

    /** Online subscriptions that are not queue members (durables included). */
    public List<Subscription> plain() {
        return plain;
    }

    public Collection<QueueGroup> groups() {
        return groups.values();
    }

    /** Online subscriptions: plain ones and live queue members. */
    public int activeCount() {
        int n = plain.size();
        for (QueueGroup g : groups.values()) {
            n += g.members().size();
        }
        return n;
    }

    /**
     * Every subscription as monitoring counts them: online ones, offline durables, every queue
     * member and the shadow of each durable queue group whose members are all gone.
     */
    public List<Subscription> all() {
        Set<Subscription> all = new LinkedHashSet<>(plain);
        all.addAll(durables.values());
        for (QueueGroup g : groups.values()) {
            all.addAll(g.members());
            if (g.shadow() != null) {
                all.add(g.shadow());
            }
        }
        return new ArrayList<>(all);
    }

    /** An online subscription by its ack inbox, else by its delivery inbox. */
    public Subscription online(String inbox) {
        Subscription s = byAckInbox.get(inbox);
        return s != null ? s : byInbox.get(inbox);
    }

    /** The online subscriptions of a client registration. */
    public List<Subscription> ofClient(Client client) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : byAckInbox.values()) {
            if (s.client() == client) {
                out.add(s);
            }
        }
        return out;
    }

    QueueGroup group(String name) {
        return groups.get(name);
    }

    void addGroup(QueueGroup group) {
        groups.put(group.name(), group);
    }

    void removeGroup(QueueGroup group) {
        groups.remove(group.name());
    }

    Subscription durable(String key) {
        return durables.get(key);
    }

    void putDurable(String key, Subscription s) {
        durables.put(key, s);
    }

    void removeDurable(String key) {
        durables.remove(key);
    }

    void addPlain(Subscription s) {
        plain.add(s);
    }

    void removePlain(Subscription s) {
        plain.remove(s);
    }

    void index(Subscription s) {
        byAckInbox.put(s.ackInbox(), s);
        byInbox.put(s.inbox(), s);
    }

    void unindex(Subscription s) {
        byAckInbox.remove(s.ackInbox(), s);
        byInbox.remove(s.inbox(), s);
    }

    /** Durable key of a plain durable; the client id is part of it (not for durable queue groups). */
    static String durableKey(String clientId, String channel, String durableName) {
        return clientId + "-" + channel + "-" + durableName;
    }
}
