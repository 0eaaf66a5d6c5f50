package io.jstan.nats.monitor;

import io.jstan.nats.monitor.MonitorHandler.Route;
import io.jstan.nats.server.ServerContext;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTTP monitoring port: {@code /varz}, {@code /connz}, {@code /subsz}, {@code /healthz},
 * upstream's stubs, and the paths the embedding layer adds.
 */
public final class MonitorServer {

    private static final Logger log = LoggerFactory.getLogger(MonitorServer.class);

    private final ServerContext context;
    private final EventLoopGroup group;
    private final Class<? extends ServerChannel> channelType;
    private final Map<String, MonitorExtension> extensions;
    private final RequestCounts requests = new RequestCounts();
    private Channel listener;
    private int port;

    public MonitorServer(ServerContext context, EventLoopGroup group, Class<? extends ServerChannel> channelType,
                         Map<String, MonitorExtension> extensions) {
        this.context = context;
        this.extensions = Map.copyOf(extensions);
        this.group = group;
        this.channelType = channelType;
    }

    /** Binds the monitoring port; port 0 picks a free one. */
    public void start(String host, int port) throws InterruptedException {
        MonitorHandler handler = new MonitorHandler(routes(host), extensions, requests);
        listener = new ServerBootstrap()
                .group(group)
                .channel(channelType)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childHandler(new MonitorChannelInitializer(handler))
                .bind(host, port)
                .sync()
                .channel();
        this.port = ((InetSocketAddress) listener.localAddress()).getPort();
        log.info("Starting http monitor on {}:{}", host, this.port);
    }

    /** The bound port. */
    public int port() {
        return port;
    }

    public void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
            listener = null;
        }
    }

    private Map<String, Route> routes(String host) {
        Function<Object, String> pretty = MonitorJson::pretty;
        StubEndpoints stubs = new StubEndpoints(context);
        Endpoint subsz = new SubszEndpoint(context);
        Map<String, Route> routes = new HashMap<>();
        routes.put("/varz", new Route("/varz", new VarzEndpoint(context, host, this::port, requests), pretty));
        routes.put("/connz", new Route("/connz", new ConnzEndpoint(context), pretty));
        routes.put("/subsz", new Route("/subsz", subsz, pretty));
        routes.put("/subscriptionsz", new Route("/subsz", subsz, pretty));
        // Without JetStream the server is always healthy; upstream answers this one on a single line.
        routes.put("/healthz", new Route("/healthz", query -> Map.of("status", "ok"), MonitorJson::compact));
        routes.put("/routez", new Route("/routez", stubs::routez, pretty));
        routes.put("/gatewayz", new Route("/gatewayz", stubs::gatewayz, pretty));
        routes.put("/leafz", new Route("/leafz", stubs::leafz, pretty));
        routes.put("/accountz", new Route("/accountz", stubs::accountz, pretty));
        routes.put("/jsz", new Route("/jsz", stubs::jsz, pretty));
        return routes;
    }
}
