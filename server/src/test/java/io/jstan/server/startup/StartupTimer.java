package io.jstan.server.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Measures how fast {@code bin/nats-streaming-server} comes up: launch to the client port
 * accepting, to the core NATS and streaming ready log lines, and to an answered discovery request.
 * JDK classes only, so it runs as a single-file program:
 * {@code java server/src/test/java/io/jstan/server/startup/StartupTimer.java [runs] [extra flags...]}.
 */
public final class StartupTimer {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

    private StartupTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> extra = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        Path launcher = Path.of("bin/nats-streaming-server").toAbsolutePath();
        List<long[]> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long[] run = measure(launcher, extra);
            all.add(run);
            System.out.printf("run %2d: %s%n", i + 1, format(run));
        }
        long[] medians = new long[4];
        for (int column = 0; column < medians.length; column++) {
            medians[column] = median(all, column);
        }
        System.out.printf("median: %s%n", format(medians));
    }

    /** One launch; milliseconds to port, NATS ready line, streaming ready line, discovery (-1 = never). */
    private static long[] measure(Path launcher, List<String> extra) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "-p", Integer.toString(port)));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<long[]> readyLines = CompletableFuture.supplyAsync(
                () -> readyLines(process.getErrorStream(), start));
        long portMs = -1;
        long discoveryMs = -1;
        try (Socket socket = connectWhenAccepting(port, start, process)) {
            if (socket != null) {
                portMs = millisSince(start);
                if (discover(socket)) {
                    discoveryMs = millisSince(start);
                }
            }
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        long[] lines = readyLines.get(10, TimeUnit.SECONDS); // stderr ends with the process
        return new long[] {portMs, lines[0], lines[1], discoveryMs};
    }

    /** Milliseconds to the core NATS and to the streaming ready lines, read until stderr ends. */
    private static long[] readyLines(InputStream stderr, long start) {
        long[] at = {-1, -1};
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (at[0] < 0 && line.endsWith("] Server is ready")) {
                    at[0] = millisSince(start);
                } else if (at[1] < 0 && line.endsWith("STREAM: Streaming Server is ready")) {
                    at[1] = millisSince(start);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        return at;
    }

    private static Socket connectWhenAccepting(int port, long start, Process process) throws InterruptedException {
        while (System.nanoTime() - start < TIMEOUT_NANOS && process.isAlive()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
                socket.setTcpNoDelay(true);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                Thread.sleep(1);
            }
        }
        return null;
    }

    /**
     * Sends a streaming connect request on the discovery subject and waits for any reply: the
     * first thing a client does. The request is a hand-encoded ConnectRequest
     * (clientID "timer", heartbeatInbox "timer.hb"). False when nothing listens on the subject
     * (a bare NATS server answers with a no-responders status).
     */
    private static boolean discover(Socket socket) throws IOException {
        socket.setSoTimeout((int) TimeUnit.NANOSECONDS.toMillis(TIMEOUT_NANOS));
        byte[] request = connectRequest("timer", "timer.hb");
        String text = "CONNECT {\"verbose\":false,\"pedantic\":false,\"headers\":true,\"no_responders\":true}\r\n"
                + "SUB _INBOX.timer 1\r\n"
                + "PUB _STAN.discover.test-cluster _INBOX.timer " + request.length + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.write(request);
        out.write("\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("MSG ")) {
                return true;
            }
            if (line.startsWith("HMSG ")) {
                return false;
            }
        }
        throw new IOException("connection closed before the discovery reply");
    }

    private static byte[] connectRequest(String clientId, String heartbeatInbox) {
        byte[] id = clientId.getBytes(StandardCharsets.US_ASCII);
        byte[] inbox = heartbeatInbox.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[4 + id.length + inbox.length];
        int i = 0;
        out[i++] = 0x0A; // field 1, length-delimited
        out[i++] = (byte) id.length;
        System.arraycopy(id, 0, out, i, id.length);
        i += id.length;
        out[i++] = 0x12; // field 2, length-delimited
        out[i++] = (byte) inbox.length;
        System.arraycopy(inbox, 0, out, i, inbox.length);
        return out;
    }

    private static String format(long[] run) {
        return String.format("port %4d ms, NATS ready line %4d ms, streaming ready line %4d ms, discovery %4d ms",
                run[0], run[1], run[2], run[3]);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
