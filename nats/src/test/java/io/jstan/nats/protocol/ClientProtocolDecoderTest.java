package io.jstan.nats.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientProtocolDecoderTest {

    /** Writes each operation it receives as one line of text. */
    private static final class Recorder implements ClientOpHandler {
        final List<String> ops = new ArrayList<>();
        boolean headers = true;
        boolean authRequired;

        @Override
        public void onConnect(String json) {
            ops.add("CONNECT " + json);
        }

        @Override
        public void onPublish(String subject, String replyTo, int headerLength, ByteBuf message) {
            ops.add("PUB " + subject + " " + replyTo + " " + headerLength + " "
                    + message.toString(StandardCharsets.ISO_8859_1));
        }

        @Override
        public void onSubscribe(String subject, String queue, String sid) {
            ops.add("SUB " + subject + " " + queue + " " + sid);
        }

        @Override
        public void onUnsubscribe(String sid, long max) {
            ops.add("UNSUB " + sid + " " + max);
        }

        @Override
        public void onPing() {
            ops.add("PING");
        }

        @Override
        public void onPong() {
            ops.add("PONG");
        }

        @Override
        public void onInfo(String json) {
            ops.add("INFO " + json);
        }

        @Override
        public boolean headersNegotiated() {
            return headers;
        }

        @Override
        public boolean awaitingAuthorizedConnect() {
            return authRequired && ops.stream().noneMatch(op -> op.startsWith("CONNECT"));
        }
    }

    private final Recorder recorder = new Recorder();
    private final EmbeddedChannel channel = new EmbeddedChannel(new ClientProtocolDecoder(recorder, 4096, 1024 * 1024));

    private void feed(String text) {
        channel.writeInbound(Unpooled.copiedBuffer(text, StandardCharsets.ISO_8859_1));
    }

    private ProtocolViolation violationOf(String text) {
        try {
            feed(text);
        } catch (DecoderException e) {
            return (ProtocolViolation) e.getCause();
        }
        throw new AssertionError("no violation for " + text);
    }

    @Test
    void parsesEveryOperation() {
        feed("CONNECT {\"verbose\":false}\r\nSUB foo 1\r\nSUB foo q 2\r\nPUB foo 5\r\nhello\r\n"
                + "PUB foo reply 0\r\n\r\nHPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\nUNSUB 1\r\nUNSUB 2 5\r\n"
                + "PING\r\nPONG\r\nINFO {}\r\n+OK\r\n");
        assertThat(recorder.ops).containsExactly(
                "CONNECT {\"verbose\":false}", "SUB foo null 1", "SUB foo q 2", "PUB foo null 0 hello",
                "PUB foo reply 0 ", "PUB foo null 12 NATS/1.0\r\n\r\nhi", "UNSUB 1 -1", "UNSUB 2 5",
                "PING", "PONG", "INFO {}");
    }

    @Test
    void survivesASplitAtEveryByte() {
        String input = "SUB foo 1\r\nPUB foo 2\r\nhi\r\nHPUB foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n";
        for (char c : input.toCharArray()) {
            feed(String.valueOf(c));
        }
        assertThat(recorder.ops).containsExactly("SUB foo null 1", "PUB foo null 0 hi",
                "PUB foo null 12 NATS/1.0\r\n\r\nhi", "PING");
    }

    @Test
    void acceptsLenientSpellings() {
        feed("sub\tfoo\t1\nPuB   foo    2  \r\nhi\r\nPiNg  extra junk\r\nconnect{}\r\n");
        assertThat(recorder.ops).containsExactly("SUB foo null 1", "PUB foo null 0 hi", "PING", "CONNECT {}");
    }

    @Test
    void unknownOperationsCloseWithError() {
        for (String bad : List.of("FOO bar\r\n", "\r\n", "MSG foo 1 2\r\n", "PUBfoo 2\r\n", "UNSUB\r\n")) {
            Recorder fresh = new Recorder();
            EmbeddedChannel ch = new EmbeddedChannel(new ClientProtocolDecoder(fresh, 4096, 1024));
            assertThatThrownBy(() -> ch.writeInbound(Unpooled.copiedBuffer(bad, StandardCharsets.US_ASCII)))
                    .hasCauseInstanceOf(ProtocolViolation.class)
                    .cause().extracting(e -> ((ProtocolViolation) e).errorText())
                    .isEqualTo(ProtocolErrors.UNKNOWN_OPERATION);
        }
    }

    @Test
    void payloadMustEndWithCrlfAfterExactlyTheDeclaredSize() {
        assertThat(violationOf("PUB foo 2\r\nhello\r\n").errorText()).isEqualTo(ProtocolErrors.UNKNOWN_OPERATION);
    }

    @Test
    void argumentErrorsCloseSilently() {
        for (String bad : List.of("PUB foo\r\n", "PUB foo abc\r\n", "PUB foo -1\r\n", "SUB foo\r\n",
                "SUB a b c d\r\n", "UNSUB 1 2 3\r\n", "UNSUB \r\n", "HPUB foo 5 2\r\n", "PUB foo 1234567890\r\n")) {
            Recorder fresh = new Recorder();
            EmbeddedChannel ch = new EmbeddedChannel(new ClientProtocolDecoder(fresh, 4096, 1024 * 1024));
            assertThatThrownBy(() -> ch.writeInbound(Unpooled.copiedBuffer(bad, StandardCharsets.US_ASCII)))
                    .as(bad)
                    .cause().isInstanceOf(ProtocolViolation.class)
                    .extracting(e -> ((ProtocolViolation) e).errorText()).isNull();
        }
    }

    @Test
    void maxPayloadIsCheckedOnTheControlLine() {
        EmbeddedChannel ch = new EmbeddedChannel(new ClientProtocolDecoder(recorder, 4096, 10));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.copiedBuffer("PUB foo 11\r\n", StandardCharsets.US_ASCII)))
                .cause().extracting(e -> ((ProtocolViolation) e).errorText()).isEqualTo(ProtocolErrors.MAX_PAYLOAD);
        EmbeddedChannel exact = new EmbeddedChannel(new ClientProtocolDecoder(recorder, 4096, 10));
        exact.writeInbound(Unpooled.copiedBuffer("PUB foo 10\r\n0123456789\r\n", StandardCharsets.US_ASCII));
        assertThat(recorder.ops).containsExactly("PUB foo null 0 0123456789");
    }

    @Test
    void controlLineLimitAppliesToArgumentsAndToIncompleteLines() {
        feed("SUB " + "a".repeat(4094) + " 1\r\n");
        assertThat(recorder.ops).hasSize(1);
        assertThat(violationOf("SUB " + "a".repeat(4100) + " 1\r\n").errorText())
                .isEqualTo(ProtocolErrors.MAX_CONTROL_LINE);
        Recorder fresh = new Recorder();
        EmbeddedChannel ch = new EmbeddedChannel(new ClientProtocolDecoder(fresh, 4096, 1024));
        assertThatThrownBy(() -> ch.writeInbound(Unpooled.copiedBuffer("PUB " + "a".repeat(5000), StandardCharsets.US_ASCII)))
                .cause().extracting(e -> ((ProtocolViolation) e).errorText()).isEqualTo(ProtocolErrors.MAX_CONTROL_LINE);
    }

    @Test
    void hpubNeedsNegotiatedHeaders() {
        recorder.headers = false;
        assertThat(violationOf("HPUB foo 12 14\r\n").errorText()).isNull();
    }

    @Test
    void onlyConnectMayComeFirstWhenAuthorizationIsRequired() {
        recorder.authRequired = true;
        assertThat(violationOf("PING\r\n").errorText()).isEqualTo(ProtocolErrors.AUTHORIZATION_VIOLATION);
    }

    @Test
    void nothingIsParsedAfterAViolation() {
        violationOf("FOO\r\n");
        feed("PING\r\n");
        assertThat(recorder.ops).isEmpty();
    }
}
