package io.jstan.store;

/** The cluster id and the subjects handed to clients, kept so a restart answers on the same ones. */
public record ServerInfo(
        String clusterId,
        String discoverPrefix,
        String publishPrefix,
        String subscribeRequests,
        String unsubscribeRequests,
        String subscriptionCloseRequests,
        String closeRequests) {
}
