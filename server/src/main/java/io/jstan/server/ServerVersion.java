package io.jstan.server;

import io.jstan.nats.server.ServerInfo;

/** The upstream versions this server is compatible with, as it reports them. */
public final class ServerVersion {

    /** The nats-streaming-server release whose behaviour we reproduce. */
    public static final String STREAMING = "0.25.6";
    /** The nats-server release embedded by that streaming release. */
    public static final String NATS = ServerInfo.NATS_VERSION;

    private ServerVersion() {
    }

    /** The text of {@code -v}, same shape as upstream's. */
    public static String versionLine() {
        return "nats-streaming-server version " + STREAMING + ", nats-server: v" + NATS;
    }
}
