package io.jstan.interop.streaming;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.NUID;
import io.nats.client.Nats;
import io.nats.client.Subscription;
import io.nats.streaming.protobuf.ConnectRequest;
import io.nats.streaming.protobuf.ConnectResponse;
import io.nats.streaming.protobuf.PubAck;
import io.nats.streaming.protobuf.PubMsg;
import io.nats.streaming.protobuf.SubscriptionRequest;
import io.nats.streaming.protobuf.SubscriptionResponse;
import io.nats.streaming.protobuf.UnsubscribeRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The streaming protocol spoken by hand over a jnats connection, with the protobuf classes of
 * the official Java client: for what the clients hide (field numbers, empty replies, connIDs,
 * malformed payloads).
 */
final class RawStan implements AutoCloseable {

  static final String DISCOVER = "_STAN.discover." + StanServer.CLUSTER_ID;
  static final String PINGS = DISCOVER + ".pings";
  static final String PUB_PREFIX = "_STAN.pub." + StanServer.CLUSTER_ID;
  static final String SUB = "_STAN.sub." + StanServer.CLUSTER_ID;
  static final String UNSUB = "_STAN.unsub." + StanServer.CLUSTER_ID;
  static final String SUB_CLOSE = "_STAN.subclose." + StanServer.CLUSTER_ID;
  static final String CLOSE = "_STAN.close." + StanServer.CLUSTER_ID;

  /** PubMsg.connID: field 6, missing from the Java client's schema. */
  static final int PUB_MSG_CONN_ID = 6;
  /** MsgProto.redeliveryCount: field 7, missing from the Java client's schema. */
  static final int MSG_PROTO_REDELIVERY_COUNT = 7;

  private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);

  private final Connection nc;

  private RawStan(Connection nc) {
    this.nc = nc;
  }

  static RawStan connect(String url) throws IOException, InterruptedException {
    return new RawStan(Nats.connect(new io.nats.client.Options.Builder().server(url)
        .connectionTimeout(Duration.ofSeconds(5)).noReconnect().build()));
  }

  Connection nats() {
    return nc;
  }

  String inbox() {
    return nc.createInbox();
  }

  /** Publishes {@code body} with a fresh reply inbox; the reply, or null after {@code timeout}. */
  Message request(String subject, byte[] body, Duration timeout) throws InterruptedException {
    String inbox = inbox();
    Subscription sub = nc.subscribe(inbox);
    try {
      nc.publish(subject, inbox, body);
      return sub.nextMessage(timeout);
    } finally {
      sub.unsubscribe();
    }
  }

  /** The reply's payload, failing if no reply comes. */
  byte[] requestBytes(String subject, byte[] body) throws InterruptedException {
    Message reply = request(subject, body, REPLY_TIMEOUT);
    assertThat(reply).as("reply on " + subject).isNotNull();
    return payload(reply);
  }

  /** Asserts that the server does not answer {@code body} on {@code subject}. */
  void expectNoReply(String subject, byte[] body) throws InterruptedException {
    assertThat(request(subject, body, Received.QUIET)).as("reply on " + subject).isNull();
  }

  ConnectResponse connect(ConnectRequest request) throws Exception {
    return ConnectResponse.parseFrom(requestBytes(DISCOVER, request.toByteArray()));
  }

  /** Registers a protocol-1 client; its heartbeat inbox answers until told otherwise. */
  Client register(String clientId) throws Exception {
    Client client = new Client(clientId);
    ConnectResponse response = connect(client.request());
    assertThat(response.getError()).as("connect error").isEmpty();
    return client;
  }

  PubAck publish(PubMsg msg) throws Exception {
    return PubAck.parseFrom(requestBytes(PUB_PREFIX + "." + msg.getSubject(), msg.toByteArray()));
  }

  SubscriptionResponse subscribe(SubscriptionRequest request) throws Exception {
    return SubscriptionResponse.parseFrom(requestBytes(SUB, request.toByteArray()));
  }

  SubscriptionResponse unsubscribe(String subject, UnsubscribeRequest request) throws Exception {
    return SubscriptionResponse.parseFrom(requestBytes(subject, request.toByteArray()));
  }

  /** A PubMsg from {@code clientId} with a fresh guid. */
  static PubMsg.Builder pubMsg(String clientId, String channel, String data) {
    return PubMsg.newBuilder().setClientID(clientId).setGuid(NUID.nextGlobal())
        .setSubject(channel).setData(ByteString.copyFromUtf8(data));
  }

  /** Adds PubMsg.connID, as the Go and Node clients send it. */
  static PubMsg.Builder withConnId(PubMsg.Builder msg, ByteString connId) {
    return msg.setUnknownFields(UnknownFieldSet.newBuilder()
        .addField(PUB_MSG_CONN_ID,
            UnknownFieldSet.Field.newBuilder().addLengthDelimited(connId).build())
        .build());
  }

  /** A valid subscription request with the Java client's defaults. */
  static SubscriptionRequest.Builder subRequest(String clientId, String channel, String inbox) {
    return SubscriptionRequest.newBuilder().setClientID(clientId).setSubject(channel)
        .setInbox(inbox).setMaxInFlight(1024).setAckWaitInSecs(30);
  }

  static byte[] payload(Message msg) {
    byte[] data = msg.getData();
    return data == null ? new byte[0] : data;
  }

  /** Protobuf bytes that cannot decode: a length-delimited field 1 cut short. */
  static byte[] malformed() {
    return new byte[] {0x0a, 0x05, 'a'};
  }

  static ByteString newConnId() {
    return ByteString.copyFrom(NUID.nextGlobal(), US_ASCII);
  }

  @Override
  public void close() throws InterruptedException {
    nc.close();
  }

  /** One registration made by hand: its connID and a heartbeat inbox the test controls. */
  final class Client {
    final String clientId;
    final ByteString connId = newConnId();
    final String heartbeatInbox = inbox();
    final AtomicBoolean answering = new AtomicBoolean(true);
    private final Semaphore heartbeats = new Semaphore(0);

    Client(String clientId) {
      this.clientId = clientId;
      Dispatcher dispatcher = nc.createDispatcher(msg -> {
        heartbeats.release();
        if (answering.get() && msg.getReplyTo() != null) {
          nc.publish(msg.getReplyTo(), new byte[0]);
        }
      });
      dispatcher.subscribe(heartbeatInbox);
    }

    /** The ConnectRequest the official clients send, with pings every 5 s and 3 outstanding. */
    ConnectRequest request() {
      return ConnectRequest.newBuilder().setClientID(clientId).setHeartbeatInbox(heartbeatInbox)
          .setProtocol(1).setConnID(connId).setPingInterval(5).setPingMaxOut(3).build();
    }

    /** Waits for {@code count} more heartbeat requests from the server. */
    boolean awaitHeartbeats(int count, Duration within) throws InterruptedException {
      return heartbeats.tryAcquire(count, within.toMillis(), TimeUnit.MILLISECONDS);
    }

    PubMsg.Builder pubMsg(String channel, String data) {
      return withConnId(RawStan.pubMsg(clientId, channel, data), connId);
    }
  }
}
