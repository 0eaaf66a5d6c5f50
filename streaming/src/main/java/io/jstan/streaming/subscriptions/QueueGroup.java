package io.jstan.streaming.subscriptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue group of one channel: its members share one cursor (last sent) and each message goes
 * to one member. A durable group whose last member closed lives on as its shadow.
 */
public final class QueueGroup {

    private final String name;
    private final boolean durable;
    private final List<Subscription> members = new ArrayList<>();
    private final Map<Long, Integer> redeliveryCounts = new HashMap<>();
    private long lastSent;
    private int stalledMembers;
    private Subscription shadow;

    QueueGroup(String name, boolean durable, long lastSent) {
        this.name = name;
        this.durable = durable;
        this.lastSent = lastSent;
    }

    public String name() {
        return name;
    }

    public boolean isDurable() {
        return durable;
    }

    /** Live members in selection order. */
    public List<Subscription> members() {
        return members;
    }

    public Map<Long, Integer> redeliveryCounts() {
        return redeliveryCounts;
    }

    public long lastSent() {
        return lastSent;
    }

    public void lastSent(long value) {
        lastSent = value;
    }

    public int stalledMembers() {
        return stalledMembers;
    }

    void stalledMembers(int value) {
        stalledMembers = value;
    }

    /** All live members stalled (or none): nothing new can be dispatched. */
    public boolean isStalled() {
        return stalledMembers >= members.size();
    }

    Subscription shadow() {
        return shadow;
    }

    void shadow(Subscription value) {
        shadow = value;
    }
}
