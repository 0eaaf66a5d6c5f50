package io.jstan.streaming.delivery;

import io.jstan.streaming.subscriptions.Subscription;
import io.jstan.streaming.time.Scheduler;
import io.jstan.streaming.time.Timer;

import java.util.function.Consumer;

/** The one ack timer of each subscription, fired on the channel's worker. */
public final class AckTimers {

    private final Scheduler scheduler;
    private Consumer<Subscription> onExpiry = s -> { };

    public AckTimers(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    void onExpiry(Consumer<Subscription> handler) {
        this.onExpiry = handler;
    }

    /** Starts the timer for one ack wait unless it runs already. */
    void ensure(Subscription sub) {
        if (sub.ackTimer() == null) {
            arm(sub, sub.ackWaitNanos());
        }
    }

    /** (Re)starts the timer to fire after {@code delayNanos}. */
    public void arm(Subscription sub, long delayNanos) {
        Timer.cancel(sub.ackTimer());
        sub.ackTimer(scheduler.schedule(sub.channel().worker(), delayNanos, () -> {
            sub.ackTimer(null);
            onExpiry.accept(sub);
        }));
    }

    public long now() {
        return scheduler.nowNanos();
    }
}
