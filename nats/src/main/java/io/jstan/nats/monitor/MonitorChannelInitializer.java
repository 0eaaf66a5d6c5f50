package io.jstan.nats.monitor;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;

/** The pipeline of one monitoring connection: HTTP codec, keep-alive, whole requests, the endpoints. */
final class MonitorChannelInitializer extends ChannelInitializer<SocketChannel> {

    static final String CODEC = "http-codec";
    static final String KEEP_ALIVE = "http-keep-alive";
    static final String AGGREGATOR = "http-aggregator";
    static final String HANDLER = "monitor";
    /** Monitoring requests are bare GETs; anything larger is not one of ours. */
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final MonitorHandler handler;

    MonitorChannelInitializer(MonitorHandler handler) {
        this.handler = handler;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast(CODEC, new HttpServerCodec());
        pipeline.addLast(KEEP_ALIVE, new HttpServerKeepAliveHandler());
        pipeline.addLast(AGGREGATOR, new HttpObjectAggregator(MAX_REQUEST_BYTES));
        pipeline.addLast(HANDLER, handler);
    }
}
