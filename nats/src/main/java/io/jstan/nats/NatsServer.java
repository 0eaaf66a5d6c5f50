package io.jstan.nats;

import io.jstan.nats.client.InProcessConnection;
import io.jstan.nats.monitor.MonitorExtension;
import io.jstan.nats.monitor.MonitorServer;
import io.jstan.nats.server.ClientChannelInitializer;
import io.jstan.nats.server.ClientConnection;
import io.jstan.nats.server.ServerContext;
import io.jstan.nats.server.ServerInfo;
import io.jstan.nats.tls.TlsContexts;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The embedded core NATS server: start it, read its bound ports, close it. */
public final class NatsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NatsServer.class);

    private final NatsServerOptions options;
    private ServerContext context;
    private EventLoopGroup acceptGroup;
    private EventLoopGroup ioGroup;
    private Class<? extends ServerChannel> channelType;
    private Channel listener;
    private MonitorServer monitor;
    private final Map<String, MonitorExtension> monitorExtensions = new LinkedHashMap<>();

    public NatsServer(NatsServerOptions options) {
        this.options = options;
    }

    /** Binds the client (and monitoring) ports; returns once clients can connect. */
    public synchronized void start() throws InterruptedException {
        init();
        listen();
    }

    /**
     * Prepares the server without opening any port: in-process clients can connect and
     * subscribe, so an embedding layer is ready before the first socket client arrives.
     */
    public synchronized void init() {
        if (context != null) {
            throw new IllegalStateException("already started");
        }
        try {
            context = new ServerContext(options, TlsContexts.forServer(options));
        } catch (SSLException e) {
            throw new IllegalArgumentException("cannot load TLS certificate or key: " + e.getMessage(), e);
        }
        log.info("Starting nats-server");
        log.info("  Version:  {}", ServerInfo.NATS_VERSION);
        log.info("  Git:      [not set]");
        log.info("  Name:     {}", context.info().serverName());
        log.info("  ID:       {}", context.info().serverId());
        if (hasPlaintextPassword()) {
            log.warn("Plaintext passwords detected, use nkeys or bcrypt");
        }
        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        acceptGroup = new MultiThreadIoEventLoopGroup(1, io);
        ioGroup = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), io);
    }

    /** Opens the client port (and the monitoring port when configured). */
    public synchronized void listen() throws InterruptedException {
        if (context == null) {
            init();
        }
        try {
            listener = new ServerBootstrap()
                    .group(acceptGroup, ioGroup)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ClientChannelInitializer(context))
                    .bind(options.host, options.port)
                    .sync()
                    .channel();
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
        int port = ((InetSocketAddress) listener.localAddress()).getPort();
        context.boundPort(port);
        if (options.httpPort != 0) {
            monitor = new MonitorServer(context, ioGroup, channelType, monitorExtensions);
            monitor.start(options.httpHost != null ? options.httpHost : options.host, Math.max(options.httpPort, 0));
        }
        log.info("Listening for client connections on {}", hostPort(options.host, port));
        if (options.tls) {
            log.info("TLS required for client connections");
        }
        log.info("Server is ready");
    }

    /** Adds a path to the monitoring port; call before {@link #listen()}. */
    public synchronized void addMonitorEndpoint(String path, MonitorExtension endpoint) {
        monitorExtensions.put(path, endpoint);
    }

    /** A client inside this JVM with the semantics of a socket client, without a socket. */
    public InProcessConnection connectInProcess(String name) {
        if (context == null) {
            throw new IllegalStateException("server not started");
        }
        return new InProcessConnection(context, name);
    }

    /** The bound client port. */
    public int port() {
        return context == null ? options.port : context.info().port();
    }

    /** The bound monitoring port, or 0 when monitoring is off. */
    public int httpPort() {
        return monitor == null ? 0 : monitor.port();
    }

    public ServerContext context() {
        return context;
    }

    /** As upstream, a password that is not a bcrypt hash draws a warning. */
    private boolean hasPlaintextPassword() {
        if (options.password != null && !isBcrypt(options.password)) {
            return true;
        }
        return options.users.stream().anyMatch(u -> u.password() != null && !isBcrypt(u.password()));
    }

    private static boolean isBcrypt(String password) {
        return password.startsWith("$2a$") || password.startsWith("$2b$")
                || password.startsWith("$2x$") || password.startsWith("$2y$");
    }

    /** Go's net.JoinHostPort: IPv6 hosts in brackets. */
    static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public synchronized void close() {
        if (context == null) {
            return;
        }
        log.info("Initiating Shutdown...");
        if (listener != null) {
            listener.close().syncUninterruptibly();
            listener = null;
        }
        if (monitor != null) {
            monitor.close();
            monitor = null;
        }
        if (context != null) {
            for (ClientConnection connection : context.connections().open()) {
                connection.shutdown();
            }
        }
        if (ioGroup != null) {
            ioGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            acceptGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            ioGroup = null;
            acceptGroup = null;
        }
        context = null;
        log.info("Server Exiting..");
    }
}
