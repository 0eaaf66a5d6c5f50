package io.jstan.nats.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Incremental parser of the client side of the NATS protocol. It survives any split of the
 * input, frames payloads by their declared length (never by scanning them), and hands each
 * operation to a {@link ClientOpHandler} without building intermediate objects.
 *
 * <p>Subjects, sids and queue names are decoded as ISO-8859-1 so that every byte maps to one
 * char and is written back unchanged.
 */
public final class ClientProtocolDecoder extends ByteToMessageDecoder {

    /** PING, PONG and +OK lines ignore their trailing text; bound it anyway. */
    private static final int MAX_IGNORED_LINE = 64 * 1024;
    private static final int MAX_TOKENS = 5;

    private final ClientOpHandler handler;
    private final int maxControlLine;
    private final int maxPayload;

    private boolean failed;

    // A PUB/HPUB whose control line is parsed and whose payload has not fully arrived.
    private boolean awaitingPayload;
    private String pendingSubject;
    private String pendingReply;
    private int pendingHeaderLength;
    private int pendingSize;

    // Publishers repeat their subjects and reply inboxes: reuse the strings (and their hashes).
    private final RecentString recentSubject = new RecentString();
    private final RecentString recentReply = new RecentString();

    // Token offsets of the current control line, reused to avoid allocation.
    private final int[] tokenStart = new int[MAX_TOKENS];
    private final int[] tokenEnd = new int[MAX_TOKENS];

    public ClientProtocolDecoder(ClientOpHandler handler, int maxControlLine, int maxPayload) {
        this.handler = handler;
        this.maxControlLine = maxControlLine;
        this.maxPayload = maxPayload;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeAvailable(ctx, in);
        } catch (RuntimeException e) {
            // Nothing after a protocol error is processed; the connection is closing.
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    private void decodeAvailable(ChannelHandlerContext ctx, ByteBuf in) {
        while (in.isReadable() && ctx.channel().isActive()) {
            if (awaitingPayload) {
                if (!readPayload(in)) {
                    return;
                }
                continue;
            }
            int lineEnd = in.forEachByte(ByteProcessor.FIND_LF);
            if (lineEnd < 0) {
                checkIncompleteLine(in);
                return;
            }
            int start = in.readerIndex();
            int end = lineEnd > start && in.getByte(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            in.readerIndex(lineEnd + 1);
            parseControlLine(in, start, end);
        }
    }

    private boolean readPayload(ByteBuf in) {
        if (in.readableBytes() < pendingSize + 2) {
            return false;
        }
        int start = in.readerIndex();
        if (in.getByte(start + pendingSize) != '\r' || in.getByte(start + pendingSize + 1) != '\n') {
            throw ProtocolViolation.unknownOperation();
        }
        awaitingPayload = false;
        ByteBuf message = in.slice(start, pendingSize);
        in.readerIndex(start + pendingSize + 2);
        String subject = pendingSubject;
        String reply = pendingReply;
        pendingSubject = null;
        pendingReply = null;
        handler.onPublish(subject, reply, pendingHeaderLength, message);
        return true;
    }

    /** Rejects a line that is already too long although its end has not arrived yet. */
    private void checkIncompleteLine(ByteBuf in) {
        int readable = in.readableBytes();
        if (readable <= maxControlLine) {
            return;
        }
        if (startsWithIgnoringCase(in, in.readerIndex(), in.writerIndex(), "PING")
                || startsWithIgnoringCase(in, in.readerIndex(), in.writerIndex(), "PONG")
                || startsWithIgnoringCase(in, in.readerIndex(), in.writerIndex(), "+OK")) {
            if (readable > MAX_IGNORED_LINE) {
                throw maxControlLineExceeded();
            }
            return;
        }
        // The limit counts the argument text: allow for the longest op name and its separator.
        if (readable > maxControlLine + "CONNECT ".length()) {
            throw maxControlLineExceeded();
        }
    }

    private void parseControlLine(ByteBuf in, int start, int end) {
        if (start == end) {
            throw ProtocolViolation.unknownOperation();
        }
        int opEnd = start;
        while (opEnd < end && !isSeparator(in.getByte(opEnd))) {
            opEnd++;
        }
        int opLength = opEnd - start;
        byte first = (byte) (in.getByte(start) | 0x20);

        if (handler.awaitingAuthorizedConnect() && !startsWithIgnoringCase(in, start, end, "CONNECT")) {
            throw new ProtocolViolation(ProtocolErrors.AUTHORIZATION_VIOLATION, CloseReason.AUTHENTICATION_VIOLATION);
        }
        switch (first) {
            case 'p' -> {
                if (startsWithIgnoringCase(in, start, end, "PING")) {
                    handler.onPing();
                } else if (startsWithIgnoringCase(in, start, end, "PONG")) {
                    handler.onPong();
                } else if (opIs(in, start, opLength, "PUB")) {
                    parsePub(in, opEnd, end);
                } else {
                    throw ProtocolViolation.unknownOperation();
                }
            }
            case 'h' -> {
                requireOp(in, start, opLength, "HPUB");
                parseHpub(in, opEnd, end);
            }
            case 's' -> {
                requireOp(in, start, opLength, "SUB");
                parseSub(in, opEnd, end);
            }
            case 'u' -> {
                requireOp(in, start, opLength, "UNSUB");
                parseUnsub(in, opEnd, end);
            }
            case 'c' -> {
                if (!startsWithIgnoringCase(in, start, end, "CONNECT")) {
                    throw ProtocolViolation.unknownOperation();
                }
                handler.onConnect(jsonArgument(in, start + "CONNECT".length(), end));
            }
            case 'i' -> {
                if (!startsWithIgnoringCase(in, start, end, "INFO")) {
                    throw ProtocolViolation.unknownOperation();
                }
                handler.onInfo(jsonArgument(in, start + "INFO".length(), end));
            }
            case '+' -> {
                if (!startsWithIgnoringCase(in, start, end, "+OK")) {
                    throw ProtocolViolation.unknownOperation();
                }
            }
            case '-' -> {
                if (!startsWithIgnoringCase(in, start, end, "-ERR")) {
                    throw ProtocolViolation.unknownOperation();
                }
                // Upstream treats an error from a client as the end of that connection.
                throw new ProtocolViolation(null, CloseReason.CLIENT_CLOSED);
            }
            default -> throw ProtocolViolation.unknownOperation();
        }
    }

    private void parsePub(ByteBuf in, int argsStart, int end) {
        int count = tokenize(in, argsStart, end);
        if (count < 2 || count > 3) {
            throw ProtocolViolation.silent("wrong number of PUB arguments");
        }
        int size = parseSize(in, count - 1);
        checkPayloadSize(size);
        pendingSubject = recentSubject.of(in, tokenStart[0], tokenEnd[0]);
        pendingReply = count == 3 ? recentReply.of(in, tokenStart[1], tokenEnd[1]) : null;
        pendingHeaderLength = 0;
        pendingSize = size;
        awaitingPayload = true;
    }

    private void parseHpub(ByteBuf in, int argsStart, int end) {
        if (!handler.headersNegotiated()) {
            throw ProtocolViolation.silent("HPUB without headers negotiated");
        }
        int count = tokenize(in, argsStart, end);
        if (count < 3 || count > 4) {
            throw ProtocolViolation.silent("wrong number of HPUB arguments");
        }
        int headerLength = parseSize(in, count - 2);
        int size = parseSize(in, count - 1);
        if (headerLength > size) {
            throw ProtocolViolation.silent("HPUB header size larger than total size");
        }
        checkPayloadSize(size);
        pendingSubject = recentSubject.of(in, tokenStart[0], tokenEnd[0]);
        pendingReply = count == 4 ? recentReply.of(in, tokenStart[1], tokenEnd[1]) : null;
        pendingHeaderLength = headerLength;
        pendingSize = size;
        awaitingPayload = true;
    }

    private void parseSub(ByteBuf in, int argsStart, int end) {
        int count = tokenize(in, argsStart, end);
        if (count < 2 || count > 3) {
            throw ProtocolViolation.silent("wrong number of SUB arguments");
        }
        String subject = token(in, 0);
        String queue = count == 3 ? token(in, 1) : null;
        handler.onSubscribe(subject, queue, token(in, count - 1));
    }

    private void parseUnsub(ByteBuf in, int argsStart, int end) {
        int count = tokenize(in, argsStart, end);
        if (count < 1 || count > 2) {
            throw ProtocolViolation.silent("wrong number of UNSUB arguments");
        }
        long max = -1;
        if (count == 2) {
            // A max that is not a number removes the subscription at once, as upstream does.
            max = Math.max(parseNumber(in, tokenStart[1], tokenEnd[1]), 0);
        }
        handler.onUnsubscribe(token(in, 0), max);
    }

    private void checkPayloadSize(int size) {
        if (size > maxPayload) {
            throw new ProtocolViolation(ProtocolErrors.MAX_PAYLOAD, CloseReason.MAX_PAYLOAD_EXCEEDED);
        }
    }

    private int parseSize(ByteBuf in, int token) {
        long size = parseNumber(in, tokenStart[token], tokenEnd[token]);
        if (size < 0 || tokenEnd[token] - tokenStart[token] > 9) {
            throw ProtocolViolation.silent("invalid message size");
        }
        return (int) size;
    }

    /** Parses ASCII digits; -1 when the text is empty, too long or not all digits. */
    private static long parseNumber(ByteBuf in, int start, int end) {
        if (start == end || end - start > 18) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = in.getByte(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * Splits the argument text into tokens separated by spaces or tabs. Returns the count, or
     * {@code MAX_TOKENS} when there are more (callers reject that count). Checks the control
     * line limit, which upstream applies to the argument text.
     */
    private int tokenize(ByteBuf in, int argsStart, int end) {
        if (argsStart == end) {
            // An operation that needs arguments must be followed by whitespace.
            throw ProtocolViolation.unknownOperation();
        }
        int i = argsStart;
        while (i < end && isSeparator(in.getByte(i))) {
            i++;
        }
        if (end - i > maxControlLine) {
            throw maxControlLineExceeded();
        }
        int count = 0;
        while (i < end) {
            int tokenBegin = i;
            while (i < end && !isSeparator(in.getByte(i))) {
                i++;
            }
            if (count == MAX_TOKENS) {
                return MAX_TOKENS;
            }
            tokenStart[count] = tokenBegin;
            tokenEnd[count] = i;
            count++;
            while (i < end && isSeparator(in.getByte(i))) {
                i++;
            }
        }
        return count;
    }

    private String token(ByteBuf in, int index) {
        return in.toString(tokenStart[index], tokenEnd[index] - tokenStart[index], StandardCharsets.ISO_8859_1);
    }

    private String jsonArgument(ByteBuf in, int start, int end) {
        int i = start;
        while (i < end && isSeparator(in.getByte(i))) {
            i++;
        }
        if (end - i > maxControlLine) {
            throw maxControlLineExceeded();
        }
        return in.toString(i, end - i, StandardCharsets.UTF_8);
    }

    private void requireOp(ByteBuf in, int start, int opLength, String op) {
        if (!opIs(in, start, opLength, op)) {
            throw ProtocolViolation.unknownOperation();
        }
    }

    private static boolean opIs(ByteBuf in, int start, int opLength, String op) {
        return opLength == op.length() && startsWithIgnoringCase(in, start, start + opLength, op);
    }

    private static boolean startsWithIgnoringCase(ByteBuf in, int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            byte b = in.getByte(start + i);
            char c = prefix.charAt(i);
            if (b != c && (b | 0x20) != (c | 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(byte b) {
        return b == ' ' || b == '\t';
    }

    private static ProtocolViolation maxControlLineExceeded() {
        return new ProtocolViolation(ProtocolErrors.MAX_CONTROL_LINE, CloseReason.MAX_CONTROL_LINE_EXCEEDED);
    }
}
