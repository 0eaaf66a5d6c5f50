package io.jstan.nats.monitor;

import io.jstan.nats.server.ServerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;

// TEMPORARY STUB
public final class MonitorServer {
    public MonitorServer(ServerContext context, EventLoopGroup group, Class<? extends ServerChannel> channelType) { }
    public void start(String host, int port) throws InterruptedException { }
    public int port() { return 0; }
    public void close() { }
}
