package io.jstan.nats.server;

import io.jstan.nats.protocol.ClientProtocolDecoder;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;

/** Builds the pipeline of a client socket: protocol decoder, then the connection itself. */
public final class ClientChannelInitializer extends ChannelInitializer<SocketChannel> {

    public static final String DECODER = "nats-decoder";
    public static final String CONNECTION = "nats-connection";

    private final ServerContext server;

    public ClientChannelInitializer(ServerContext server) {
        this.server = server;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ClientConnection connection = new ClientConnection(server);
        channel.pipeline()
                .addLast(DECODER, new ClientProtocolDecoder(connection,
                        server.options().maxControlLine, server.options().maxPayload))
                .addLast(CONNECTION, connection);
    }
}
