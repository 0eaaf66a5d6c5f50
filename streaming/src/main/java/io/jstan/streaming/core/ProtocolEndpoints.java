package io.jstan.streaming.core;

import com.google.protobuf.InvalidProtocolBufferException;
import io.jstan.streaming.channels.Publisher;
import io.jstan.streaming.clients.CloseHandler;
import io.jstan.streaming.clients.ConnectHandler;
import io.jstan.streaming.clients.PingHandler;
import io.jstan.streaming.protocol.Protocol.SubscriptionRequest;
import io.jstan.streaming.protocol.Protocol.UnsubscribeRequest;
import io.jstan.streaming.protocol.Replies;
import io.jstan.streaming.protocol.ServerErrors;
import io.jstan.streaming.protocol.ServerSubjects;
import io.jstan.streaming.subscriptions.SubscribeHandler;
import io.jstan.streaming.subscriptions.UnsubscribeHandler;
import io.jstan.streaming.transport.NatsTransport;
import io.jstan.streaming.workers.Worker;
import io.jstan.streaming.workers.WorkerPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's protocol subjects. Handlers run on network threads: they decode, answer what
 * needs no state, and hand the rest to the owner of the state it touches (the control worker for
 * clients, the channel's worker for everything about a channel).
 */
final class ProtocolEndpoints {

    private static final Logger log = LoggerFactory.getLogger(ProtocolEndpoints.class);

    private final NatsTransport transport;
    private final ServerSubjects subjects;
    private final Worker control;
    private final WorkerPool workers;
    private final ConnectHandler connect;
    private final CloseHandler close;
    private final PingHandler ping;
    private final Publisher publisher;
    private final SubscribeHandler subscribe;
    private final UnsubscribeHandler unsubscribe;
    private final boolean trace;
    private final List<NatsTransport.Subscription> open = new ArrayList<>();

    ProtocolEndpoints(NatsTransport transport, ServerSubjects subjects, Worker control, WorkerPool workers,
                      ConnectHandler connect, CloseHandler close, PingHandler ping, Publisher publisher,
                      SubscribeHandler subscribe, UnsubscribeHandler unsubscribe, boolean trace) {
        this.transport = transport;
        this.subjects = subjects;
        this.control = control;
        this.workers = workers;
        this.connect = connect;
        this.close = close;
        this.ping = ping;
        this.publisher = publisher;
        this.subscribe = subscribe;
        this.unsubscribe = unsubscribe;
        this.trace = trace;
    }

    void open() {
        listen(subjects.discover(), (s, reply, data) -> {
            traced("connect request", s);
            control.execute(() -> connect.handle(reply, data));
        });
        listen(subjects.pings(), (s, reply, data) -> ping.handle(reply, data));
        listen(subjects.publishPrefix() + ".>", (s, reply, data) -> publisher.handle(reply, data));
        listen(subjects.subscribe(), this::onSubscribe);
        listen(subjects.unsubscribe(), (s, reply, data) -> onUnsubscribe(s, reply, data, true));
        listen(subjects.subscriptionClose(), (s, reply, data) -> onUnsubscribe(s, reply, data, false));
        listen(subjects.close(), (s, reply, data) -> {
            traced("close request", s);
            control.execute(() -> close.handle(reply, data));
        });
    }

    void close() {
        for (NatsTransport.Subscription s : open) {
            s.unsubscribe();
        }
        open.clear();
    }

    private void listen(String subject, NatsTransport.Handler handler) {
        open.add(transport.subscribe(subject, handler));
    }

    private void onSubscribe(String subject, String reply, byte[] data) {
        traced("subscription request", subject);
        SubscriptionRequest request;
        try {
            request = SubscriptionRequest.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            subscriptionError(reply, ServerErrors.INVALID_SUBSCRIPTION_REQUEST);
            return;
        }
        String error = SubscribeHandler.check(request);
        if (error != null) {
            subscriptionError(reply, error);
            return;
        }
        workers.forChannel(request.getSubject()).execute(() -> subscribe.handle(reply, request));
    }

    private void onUnsubscribe(String subject, String reply, byte[] data, boolean unsubscribing) {
        traced(unsubscribing ? "unsubscribe request" : "subscription close request", subject);
        UnsubscribeRequest request;
        try {
            request = UnsubscribeRequest.parseFrom(data);
        } catch (InvalidProtocolBufferException e) {
            subscriptionError(reply, ServerErrors.INVALID_UNSUBSCRIBE_REQUEST);
            return;
        }
        workers.forChannel(request.getSubject()).execute(() -> unsubscribe.handle(reply, request, unsubscribing));
    }

    private void subscriptionError(String reply, String error) {
        if (reply != null) {
            transport.publish(reply, null, Replies.subscriptionError(error));
        }
    }

    private void traced(String what, String subject) {
        if (trace) {
            log.trace("Received {} on {}", what, subject);
        }
    }
}
