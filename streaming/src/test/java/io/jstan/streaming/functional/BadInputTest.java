package io.jstan.streaming.functional;

import io.jstan.streaming.protocol.Protocol.CloseResponse;
import io.jstan.streaming.protocol.Protocol.ConnectResponse;
import io.jstan.streaming.protocol.Protocol.PubAck;
import io.jstan.streaming.protocol.Protocol.PubMsg;
import io.jstan.streaming.protocol.Protocol.SubscriptionRequest;
import io.jstan.streaming.protocol.Protocol.SubscriptionResponse;
import io.jstan.streaming.protocol.Protocol.UnsubscribeRequest;
import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.streaming.StreamingConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class BadInputTest {

    /** Not a protobuf: a length-delimited field whose length runs past the end. */
    private static final byte[] GARBAGE = {0x0A, 0x7F, 0x01};
    private static final String CID = EmbeddedStan.CLUSTER;

    private EmbeddedStan stan;
    private Connection nc;

    @BeforeEach
    void start() throws Exception {
        stan = new EmbeddedStan();
        nc = stan.nats();
    }

    @AfterEach
    void stop() {
        stan.close();
    }

    private byte[] request(String subject, byte[] data) throws Exception {
        Message reply = nc.request(subject, data, Duration.ofSeconds(2));
        assertThat(reply).as("reply on " + subject).isNotNull();
        return reply.getData();
    }

    private String subscriptionError(String subject, byte[] data) throws Exception {
        return SubscriptionResponse.parseFrom(request(subject, data)).getError();
    }

    @Test
    void malformedRequestsGetUpstreamErrorsAndTheServerStaysUp() throws Exception {
        assertThat(ConnectResponse.parseFrom(request("_STAN.discover." + CID, GARBAGE)).getError())
                .isEqualTo("stan: invalid connection request");
        assertThat(PubAck.parseFrom(request("_STAN.pub." + CID + ".foo", GARBAGE)).getError())
                .isEqualTo("stan: invalid publish request");
        assertThat(subscriptionError("_STAN.sub." + CID, GARBAGE)).isEqualTo("stan: invalid subscription request");
        assertThat(subscriptionError("_STAN.unsub." + CID, GARBAGE)).isEqualTo("stan: invalid unsubscribe request");
        assertThat(subscriptionError("_STAN.subclose." + CID, GARBAGE)).isEqualTo("stan: invalid unsubscribe request");
        assertThat(CloseResponse.parseFrom(request("_STAN.close." + CID, GARBAGE)).getError())
                .isEqualTo("stan: invalid close request");
        // Pings and acks that do not decode are ignored.
        nc.publish("_STAN.discover." + CID + ".pings", "x", GARBAGE);
        nc.flush(Duration.ofSeconds(1));

        StreamingConnection sc = stan.connect("still-up");
        sc.publish("foo", new byte[] {1});
    }

    @Test
    void invalidRequestsGetTheirErrorsInUpstreamOrder() throws Exception {
        StreamingConnection sc = stan.connect("c1");
        String sub = "_STAN.sub." + CID;
        SubscriptionRequest.Builder ok = SubscriptionRequest.newBuilder().setClientID("c1").setSubject("foo")
                .setInbox("_INBOX.x").setMaxInFlight(1).setAckWaitInSecs(1);
        assertThat(subscriptionError(sub, ok.clone().setClientID("").build().toByteArray()))
                .isEqualTo("stan: clientID missing");
        assertThat(subscriptionError(sub, ok.clone().setAckWaitInSecs(0).setMaxInFlight(0).build().toByteArray()))
                .isEqualTo("stan: invalid ack wait time, should be >= 1s");
        assertThat(subscriptionError(sub, ok.clone().setMaxInFlight(0).build().toByteArray()))
                .isEqualTo("stan: invalid MaxInflight, should be >= 1");
        assertThat(subscriptionError(sub, ok.clone().setStartPositionValue(7).build().toByteArray()))
                .isEqualTo("stan: invalid start position");
        assertThat(subscriptionError(sub, ok.clone().setSubject("foo.*").build().toByteArray()))
                .isEqualTo("stan: invalid subject");
        assertThat(subscriptionError(sub, ok.clone().setClientID("nobody").build().toByteArray()))
                .isEqualTo("stan: unknown clientID");

        String unsub = "_STAN.unsub." + CID;
        UnsubscribeRequest.Builder u = UnsubscribeRequest.newBuilder().setClientID("c1").setSubject("nochannel")
                .setInbox("_INBOX.y");
        assertThat(subscriptionError(unsub, u.build().toByteArray())).isEqualTo("stan: unknown channel");
        sc.publish("foo", new byte[] {1});
        assertThat(subscriptionError(unsub, u.clone().setSubject("foo").build().toByteArray()))
                .isEqualTo("stan: invalid subscription");
        String ackInbox = SubscriptionResponse.parseFrom(request(sub, ok.build().toByteArray())).getAckInbox();
        assertThat(subscriptionError(unsub, u.clone().setSubject("foo").setInbox(ackInbox).setClientID("c2").build()
                .toByteArray())).isEqualTo("stan: unknown clientID");
        assertThat(subscriptionError(unsub, u.clone().setSubject("foo").setInbox(ackInbox).build().toByteArray()))
                .isEmpty();

        assertThat(CloseResponse.parseFrom(request("_STAN.close." + CID,
                io.jstan.streaming.protocol.Protocol.CloseRequest.newBuilder().setClientID("nobody").build()
                        .toByteArray())).getError()).isEqualTo("stan: unknown clientID");
    }

    @Test
    void publishesFromUnknownClientsOrWithoutGuidAreRefused() throws Exception {
        String pub = "_STAN.pub." + CID + ".foo";
        PubMsg.Builder msg = PubMsg.newBuilder().setClientID("nobody").setGuid("g1").setSubject("foo");
        PubAck ack = PubAck.parseFrom(request(pub, msg.build().toByteArray()));
        assertThat(ack.getGuid()).isEqualTo("g1");
        assertThat(ack.getError()).isEqualTo("stan: invalid publish request");
        stan.connect("c1");
        assertThat(PubAck.parseFrom(request(pub, msg.clone().setClientID("c1").setGuid("").build().toByteArray()))
                .getError()).isEqualTo("stan: invalid publish request");
        assertThat(PubAck.parseFrom(request(pub, msg.clone().setClientID("c1").setSubject("a..b").build()
                .toByteArray())).getError()).isEqualTo("stan: invalid publish request");
        assertThat(PubAck.parseFrom(request(pub, msg.clone().setClientID("c1").build().toByteArray())).getError())
                .isEmpty();
    }
}
