package io.jstan.streaming.delivery;

import io.jstan.streaming.subscriptions.QueueGroup;
import io.jstan.streaming.subscriptions.Subscription;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a channel's recovered subscriptions back in service after a restart, on the channel's
 * worker once the server listens: their pending messages are resent first (the hold), then
 * new messages flow again.
 */
public final class StartupRedelivery {

    private final Dispatcher dispatcher;
    private final Redelivery redelivery;

    public StartupRedelivery(Dispatcher dispatcher, Redelivery redelivery) {
        this.dispatcher = dispatcher;
        this.redelivery = redelivery;
    }

    public void start(List<Subscription> recovered) {
        for (Subscription sub : recovered) {
            sub.ready(true);
        }
        Set<QueueGroup> groups = new LinkedHashSet<>();
        for (Subscription sub : recovered) {
            redelivery.redeliverAtStartup(sub);
            if (sub.group() == null) {
                dispatcher.deliver(sub);
            } else {
                groups.add(sub.group());
            }
        }
        for (QueueGroup group : groups) {
            // Counts restart with the group's normal life; a member is stalled only by its own load.
            group.redeliveryCounts().clear();
            for (Subscription member : group.members()) {
                member.stalled(member.pending().size() >= member.maxInFlight());
            }
            if (!group.members().isEmpty()) {
                dispatcher.deliver(group.members().get(0));
            }
        }
    }
}
