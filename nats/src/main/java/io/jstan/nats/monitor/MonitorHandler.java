package io.jstan.nats.monitor;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Serves one monitoring request: finds the endpoint for the path, counts the request, and
 * writes the answer with upstream's conventions (JSON with CORS, JSONP on {@code callback},
 * plain-text 400 and 404).
 */
@ChannelHandler.Sharable
final class MonitorHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger log = LoggerFactory.getLogger(MonitorHandler.class);
    private static final String JSON = "application/json";
    private static final String JAVASCRIPT = "application/javascript";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    /** A JSONP callback is echoed into script, so only a plain (dotted) identifier is allowed. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*");

    /** One endpoint, the path its requests are counted under, and how its answer is rendered. */
    record Route(String countedPath, Endpoint endpoint, Function<Object, String> renderer) {
    }

    private final Map<String, Route> routes;
    private final Map<String, MonitorExtension> extensions;
    private final RequestCounts requests;

    MonitorHandler(Map<String, Route> routes, Map<String, MonitorExtension> extensions, RequestCounts requests) {
        this.routes = routes;
        this.extensions = extensions;
        this.requests = requests;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            send(ctx, HttpResponseStatus.BAD_REQUEST, TEXT, "malformed request");
            return;
        }
        if (!HttpMethod.GET.equals(request.method())) {
            send(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, TEXT, "method not allowed");
            return;
        }
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        String path = uri.path();
        if (path.equals("/")) {
            requests.increment(path);
            send(ctx, HttpResponseStatus.OK, HTML, IndexPage.html());
            return;
        }
        MonitorExtension extension = extensions.get(path);
        if (extension != null) {
            answerExtension(ctx, request, uri, extension);
            return;
        }
        Route route = routes.get(path);
        if (route == null) {
            send(ctx, HttpResponseStatus.NOT_FOUND, TEXT, "404 page not found\n");
            return;
        }
        requests.increment(route.countedPath());
        QueryParams query = new QueryParams(uri.parameters());
        String callback = query.string("callback");
        if (!callback.isEmpty() && !CALLBACK.matcher(callback).matches()) {
            send(ctx, HttpResponseStatus.BAD_REQUEST, TEXT, "invalid callback: " + callback);
            return;
        }
        String body;
        try {
            body = route.renderer().apply(route.endpoint().respond(query));
        } catch (BadRequestException e) {
            send(ctx, HttpResponseStatus.BAD_REQUEST, TEXT, e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.error("Error answering monitoring request {}", request.uri(), e);
            send(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, TEXT, "internal error");
            return;
        }
        if (callback.isEmpty()) {
            send(ctx, HttpResponseStatus.OK, JSON, body);
        } else {
            send(ctx, HttpResponseStatus.OK, JAVASCRIPT, callback + "(" + body + ")");
        }
    }

    /** JSON answers honour {@code callback} (JSONP) like the built-in endpoints. */
    private static void answerExtension(ChannelHandlerContext ctx, FullHttpRequest request, QueryStringDecoder uri,
                                        MonitorExtension extension) {
        MonitorReply reply;
        try {
            reply = extension.answer(uri.parameters());
        } catch (RuntimeException e) {
            // The extension's message is the operator's explanation, as upstream's 500 texts are.
            log.error("Error answering monitoring request {}", request.uri(), e);
            send(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, TEXT, e.getMessage() + "\n");
            return;
        }
        String callback = new QueryParams(uri.parameters()).string("callback");
        HttpResponseStatus status = HttpResponseStatus.valueOf(reply.status());
        if (JSON.equals(reply.contentType()) && !callback.isEmpty() && CALLBACK.matcher(callback).matches()) {
            send(ctx, status, JAVASCRIPT, callback + "(" + reply.body() + ")");
        } else {
            send(ctx, status, reply.contentType(), reply.body());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.debug("Monitoring connection error: {}", cause.toString());
        ctx.close();
    }

    private static void send(ChannelHandlerContext ctx, HttpResponseStatus status, String contentType, String body) {
        ByteBuf content = Unpooled.copiedBuffer(body, StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        response.headers()
                .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
        ctx.writeAndFlush(response);
    }
}
