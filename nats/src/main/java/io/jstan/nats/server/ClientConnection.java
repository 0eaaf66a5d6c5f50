package io.jstan.nats.server;

import io.jstan.nats.NatsServerOptions;
import io.jstan.nats.json.Json;
import io.jstan.nats.json.JsonException;
import io.jstan.nats.protocol.ClientOpHandler;
import io.jstan.nats.protocol.CloseReason;
import io.jstan.nats.protocol.ProtocolErrors;
import io.jstan.nats.protocol.ProtocolViolation;
import io.jstan.nats.subjects.Subjects;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One client socket: applies CONNECT, SUB, UNSUB and PUB, answers PINGs, and owns the
 * connection's timers. Every method runs on the connection's event loop except
 * {@link #deliver}, which publishers call from their own threads.
 */
public final class ClientConnection extends ChannelInboundHandlerAdapter implements ClientOpHandler {

    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
    private static final byte[] PONG = "PONG\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OK = "+OK\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final long PRODUCER_PAUSE_MILLIS = 2;
    private static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerContext server;
    private final NatsServerOptions options;
    /** The routing face of this connection. */
    private final SocketClient client;
    private final ClientTimers timers;
    private final Instant start = Instant.now();
    private Channel channel;
    private Outbound outbound;
    private String ip = "";
    private int port;

    // CONNECT state: upstream's defaults before any CONNECT.
    private boolean connected;
    private boolean verbose = true;
    private boolean pedantic = true;
    private String name;
    private String lang;
    private String version;
    private String authorizedUser;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile CloseReason closeReason;
    private volatile Instant stop;
    private boolean slowDownRequested;
    /** Outbound queues this connection's operations made dirty during the current read. */
    private final List<Outbound> dirty = new ArrayList<>();

    ClientConnection(ServerContext server) {
        super();
        this.server = server;
        this.options = server.options();
        this.client = new SocketClient(server.connections().nextCid());
        this.timers = new ClientTimers(this, options);
    }

    public long cid() {
        return client.cid();
    }

    boolean isConnected() {
        return connected;
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    // ---- channel lifecycle ----

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        outbound = new Outbound(channel, options.maxPending, options.writeDeadline.toNanos(), this::closeSlowConsumer);
        if (channel.remoteAddress() instanceof InetSocketAddress address) {
            ip = address.getAddress().getHostAddress();
            port = address.getPort();
        }
        server.stats().totalConnections.incrementAndGet();
        int open = server.connections().add(this);
        // INFO goes out in plain text before anything else, TLS or not.
        channel.writeAndFlush(Unpooled.wrappedBuffer(server.info().infoLine(cid(), ip)));
        if (open > options.maxConnections) {
            closeWithError(ProtocolErrors.MAX_CONNECTIONS, CloseReason.MAX_CONNECTIONS_EXCEEDED);
            return;
        }
        if (server.sslContext() != null) {
            startTls();
        } else {
            timers.startAuthTimer(server.authenticator().required());
        }
        timers.startPingTimer(options.pingInterval);
        ctx.fireChannelActive();
    }

    private void startTls() {
        SslHandler tls = server.sslContext().newHandler(channel.alloc());
        tls.setHandshakeTimeoutMillis(options.tlsTimeout.toMillis());
        channel.pipeline().addFirst("tls", tls);
        tls.handshakeFuture().addListener(done -> {
            if (done.isSuccess()) {
                timers.startAuthTimer(server.authenticator().required());
            } else {
                log.debug("{} - TLS handshake error: {}", this, done.cause().getMessage());
                close(CloseReason.TLS_HANDSHAKE_ERROR);
            }
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (closeReason == null) {
            closeReason = CloseReason.CLIENT_CLOSED;
        }
        stop = Instant.now();
        client.markClosed();
        timers.cancel();
        ConnectionInfo finalState = snapshot(true);
        server.router().removeAll(client);
        flushDirty();
        outbound.discard();
        server.connections().remove(this, finalState);
        log.debug("{} - Client connection closed: {}", this, closeReason.text());
        ctx.fireChannelInactive();
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        flushDirty();
        if (slowDownRequested) {
            pauseReading();
        }
        ctx.fireChannelReadComplete();
    }

    /**
     * Stops reading from this publisher for a moment because it feeds a congested consumer,
     * as upstream stalls fast producers, rather than letting the consumer be cut off.
     */
    private void pauseReading() {
        slowDownRequested = false;
        channel.config().setAutoRead(false);
        channel.eventLoop().schedule(() -> channel.config().setAutoRead(true),
                PRODUCER_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One flush per queue touched by everything just read, as upstream flushes per read. */
    private void flushDirty() {
        for (int i = 0; i < dirty.size(); i++) {
            dirty.get(i).scheduleFlush();
        }
        dirty.clear();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // The decoder consumes everything; nothing should reach here.
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable error = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (error instanceof ProtocolViolation violation) {
            log.debug("{} - {}", this, violation.getMessage());
            if (violation.errorText() != null) {
                closeWithError(violation.errorText(), violation.reason());
            } else {
                close(violation.reason());
            }
        } else if (error instanceof IOException) {
            close(CloseReason.READ_ERROR);
        } else if (error instanceof SSLException) {
            close(CloseReason.TLS_HANDSHAKE_ERROR);
        } else {
            log.error("{} - unexpected error, closing", this, error);
            close(CloseReason.PROTOCOL_VIOLATION);
        }
    }

    // ---- protocol operations ----

    @Override
    public boolean headersNegotiated() {
        return client.headers();
    }

    @Override
    public boolean awaitingAuthorizedConnect() {
        return !connected && server.authenticator().required();
    }

    @Override
    public void onConnect(String json) {
        touch();
        Map<String, Object> connect;
        try {
            connect = Json.parseObject(json);
        } catch (JsonException e) {
            throw ProtocolViolation.silent("invalid CONNECT: " + e.getMessage());
        }
        ConnectOptions requested = ConnectOptions.from(connect);
        if (requested.protocol() < 0 || requested.protocol() > 1) {
            throw new ProtocolViolation(ProtocolErrors.INVALID_CLIENT_PROTOCOL, CloseReason.BAD_CLIENT_PROTOCOL_VERSION);
        }
        if (requested.noResponders() && !requested.headers()) {
            throw new ProtocolViolation(ProtocolErrors.NO_RESPONDERS_REQUIRES_HEADERS,
                    CloseReason.NO_RESPONDERS_REQUIRES_HEADERS);
        }
        if (requested.account()) {
            throw new ProtocolViolation(ProtocolErrors.AUTHORIZATION_VIOLATION, CloseReason.AUTHENTICATION_VIOLATION);
        }
        if (server.authenticator().required()) {
            String user = server.authenticator().authorize(requested.user(), requested.pass(), requested.authToken());
            if (user == null) {
                throw new ProtocolViolation(ProtocolErrors.AUTHORIZATION_VIOLATION, CloseReason.AUTHENTICATION_VIOLATION);
            }
            authorizedUser = user.isEmpty() ? null : user;
        }
        verbose = requested.verbose();
        pedantic = requested.pedantic();
        client.echo(requested.echo());
        client.headers(requested.headers());
        client.noResponders(requested.noResponders());
        name = requested.name();
        lang = requested.lang();
        version = requested.version();
        boolean first = !connected;
        connected = true;
        timers.cancelAuthTimer();
        if (first) {
            timers.startFirstPing();
        }
        ok();
    }

    @Override
    public void onPublish(String subject, String replyTo, int headerLength, ByteBuf message) {
        touch();
        client.inMsgs++;
        client.inBytes += message.readableBytes();
        if (pedantic && !Subjects.isValidPublishSubject(subject)) {
            // Upstream still routes the message after the error.
            error(ProtocolErrors.INVALID_PUBLISH_SUBJECT);
        }
        ok();
        server.router().route(client, subject, replyTo, headerLength, message);
    }

    @Override
    public void onSubscribe(String subject, String queue, String sid) {
        touch();
        if (!Subjects.isValidSubscribeSubject(subject)) {
            error(ProtocolErrors.INVALID_SUBJECT);
            return;
        }
        if (options.maxSubscriptions > 0 && client.subscriptionCount() >= options.maxSubscriptions) {
            error(ProtocolErrors.MAX_SUBSCRIPTIONS);
            return;
        }
        // A duplicate sid leaves the first subscription in place, as upstream does.
        server.router().subscribe(client, subject, queue, sid);
        ok();
    }

    @Override
    public void onUnsubscribe(String sid, long max) {
        touch();
        Subscription subscription = client.subscription(sid);
        if (subscription != null) {
            if (max > 0) {
                server.router().unsubscribeAfter(subscription, max);
            } else {
                server.router().unsubscribe(subscription);
            }
        }
        ok();
    }

    @Override
    public void onPing() {
        touch();
        reply(PONG);
    }

    @Override
    public void onPong() {
        touch();
        timers.pongReceived();
    }

    @Override
    public void onInfo(String json) {
        touch();
        try {
            Json.parseObject(json);
        } catch (JsonException e) {
            throw ProtocolViolation.silent("invalid INFO from client");
        }
    }

    private void ok() {
        if (verbose) {
            reply(OK);
        }
    }

    private void error(String text) {
        reply(errLine(text));
    }

    /** Queues a reply to an operation just read; it leaves with the read's flush. */
    private void reply(byte[] line) {
        if (outbound.control(line)) {
            dirty.add(outbound);
        }
    }

    private void touch() {
        lastActivityNanos = System.nanoTime();
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    // ---- keepalive, called by the timers on the event loop ----

    void sendPing() {
        if (outbound.control(PING)) {
            outbound.scheduleFlush();
        }
    }

    void staleConnection() {
        closeWithError(ProtocolErrors.STALE_CONNECTION, CloseReason.STALE_CONNECTION);
    }

    void authenticationTimeout() {
        closeWithError(ProtocolErrors.AUTHENTICATION_TIMEOUT, CloseReason.AUTHENTICATION_TIMEOUT);
    }

    // ---- closing ----

    /** Sends {@code -ERR} after whatever is already queued, then closes. */
    void closeWithError(String text, CloseReason reason) {
        if (closeReason != null) {
            return;
        }
        outbound.control(errLine(text));
        closeReason = reason;
        client.markClosed();
        server.router().removeAll(client);
        dirty.remove(outbound);
        flushDirty();
        ChannelFuture lastWrite = outbound.flush();
        outbound.discard();
        if (lastWrite == null) {
            channel.close();
        } else {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /** Closes without flushing what is queued. */
    void close(CloseReason reason) {
        if (closeReason != null) {
            return;
        }
        closeReason = reason;
        client.markClosed();
        server.router().removeAll(client);
        dirty.remove(outbound);
        flushDirty();
        outbound.discard();
        channel.close();
    }

    private void closeSlowConsumer(CloseReason reason) {
        if (closeReason != null) {
            return;
        }
        server.stats().slowConsumers.incrementAndGet();
        log.warn("{} - Slow Consumer Detected: {}", this, reason.text());
        close(reason);
    }

    /** Closes because the server is shutting down. */
    public void shutdown() {
        channel.eventLoop().execute(() -> close(CloseReason.SERVER_SHUTDOWN));
    }

    private static byte[] errLine(String text) {
        return ("-ERR '" + text + "'\r\n").getBytes(StandardCharsets.UTF_8);
    }

    // ---- monitoring ----

    /** A snapshot for monitoring; safe to call from any thread. */
    public ConnectionInfo snapshot(boolean withSubscriptions) {
        List<ConnectionInfo.SubscriptionInfo> subscriptions = new ArrayList<>();
        if (withSubscriptions) {
            for (Subscription subscription : client.subscriptions()) {
                subscriptions.add(ConnectionInfo.SubscriptionInfo.of(subscription));
            }
        }
        String tlsVersion = null;
        String tlsCipher = null;
        SslHandler tls = channel == null ? null : channel.pipeline().get(SslHandler.class);
        if (tls != null && tls.handshakeFuture().isSuccess()) {
            SSLSession session = tls.engine().getSession();
            tlsVersion = session.getProtocol();
            tlsCipher = session.getCipherSuite();
        }
        Instant lastActivity = Instant.now().minusNanos(System.nanoTime() - lastActivityNanos);
        CloseReason reason = closeReason;
        return new ConnectionInfo(cid(), ip, port, start, lastActivity, stop,
                stop == null || reason == null ? null : reason.text(), timers.rttNanos(),
                outbound == null ? 0 : outbound.pendingBytes(),
                client.inMsgs(), client.outMsgs(), client.inBytes(), client.outBytes(),
                name, lang, version, tlsVersion, tlsCipher, authorizedUser,
                withSubscriptions ? subscriptions : List.of());
    }

    public int subscriptionCount() {
        return client.subscriptionCount();
    }

    @Override
    public String toString() {
        return ip + ":" + port + " - cid:" + cid();
    }

    /** The routing side of this connection: deliveries are encoded into the outbound queue. */
    private final class SocketClient extends Client {

        SocketClient(long cid) {
            super(cid);
        }

        @Override
        protected Outbound deliver(Subscription subscription, String subject, String replyTo,
                                   int headerLength, ByteBuf message) {
            boolean needsFlush = outbound.message(subject, subscription.sid(), replyTo, headerLength, message, headers());
            return needsFlush ? outbound : null;
        }

        /** Called on this connection's event loop while it routes what it read. */
        @Override
        protected void flushLater(Outbound target) {
            dirty.add(target);
        }

        @Override
        protected boolean congested() {
            return outbound.congested();
        }

        @Override
        protected void slowDown() {
            slowDownRequested = true;
        }

        @Override
        public long outMsgs() {
            return outbound == null ? 0 : outbound.msgs();
        }

        @Override
        public long outBytes() {
            return outbound == null ? 0 : outbound.bytes();
        }
    }
}
