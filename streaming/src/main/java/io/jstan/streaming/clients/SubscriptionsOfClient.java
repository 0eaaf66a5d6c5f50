package io.jstan.streaming.clients;

/** Removes every subscription of a departing client, on the workers that own them. */
@FunctionalInterface
public interface SubscriptionsOfClient {

    /** Starts the removal; {@code whenDone} runs once every channel has processed it. */
    void removeAll(Client client, Runnable whenDone);
}
