package io.jstan.streaming.protocol;

import io.jstan.store.ServerInfo;

/** The NATS subjects the server listens on and hands to clients in the connect response. */
public record ServerSubjects(
        String discover,
        String pings,
        String publishPrefix,
        String subscribe,
        String unsubscribe,
        String subscriptionClose,
        String close) {

    /** Upstream's default subjects for a cluster id and discover prefix. */
    public static ServerSubjects defaults(String clusterId, String discoverPrefix) {
        String discover = discoverPrefix + "." + clusterId;
        return new ServerSubjects(discover, discover + ".pings", "_STAN.pub." + clusterId,
                "_STAN.sub." + clusterId, "_STAN.unsub." + clusterId, "_STAN.subclose." + clusterId,
                "_STAN.close." + clusterId);
    }

    /** The subjects a previous run handed out, which connected clients keep using. */
    public static ServerSubjects of(ServerInfo info) {
        String discover = info.discoverPrefix() + "." + info.clusterId();
        return new ServerSubjects(discover, discover + ".pings", info.publishPrefix(), info.subscribeRequests(),
                info.unsubscribeRequests(), info.subscriptionCloseRequests(), info.closeRequests());
    }

    public ServerInfo toServerInfo(String clusterId, String discoverPrefix) {
        return new ServerInfo(clusterId, discoverPrefix, publishPrefix, subscribe, unsubscribe, subscriptionClose,
                close);
    }
}
