package io.jstan.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A server process started on a free loopback port and stopped through its own process handle. */
final class LaunchedServer implements BenchTarget {

    private static final String HOST = "127.0.0.1";

    private final String name;
    private final List<String> command;
    private final int port;
    private final Process process;
    private final Path log;

    private LaunchedServer(String name, List<String> command, int port, Process process, Path log) {
        this.name = name;
        this.command = command;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code executable -a 127.0.0.1 -p PORT} and waits until it greets a client. */
    static LaunchedServer start(String name, Path executable, Duration startTimeout)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(executable)) {
            throw new IOException(name + ": no executable at " + executable.toAbsolutePath()
                    + " (build it, or give the URL of a running server)");
        }
        int port = freePort();
        List<String> command = List.of(executable.toString(), "-a", HOST, "-p", Integer.toString(port));
        Path log = Files.createTempFile("jstan-bench-" + name + "-", ".log");
        // Start failures print the log's tail; otherwise it is only useful while the run lasts.
        log.toFile().deleteOnExit();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        LaunchedServer server = new LaunchedServer(name, command, port, process, log);
        try {
            server.awaitGreeting(startTimeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** Ready means the port answers with the NATS INFO line, not merely that it accepts. */
    private void awaitGreeting(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with " + process.exitValue() + "; log: " + logTail());
            }
            if (greets()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IOException(name + " did not answer on port " + port + " within " + timeout
                + "; log: " + logTail());
    }

    private boolean greets() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 200);
            socket.setSoTimeout(1000);
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = reader.readLine();
            return line != null && line.startsWith("INFO ");
        } catch (IOException notYet) {
            return false;
        }
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n  ", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String url() {
        return "nats://" + HOST + ":" + port;
    }

    @Override
    public String description() {
        return String.join(" ", command) + " (pid " + process.pid() + ", log " + log + ")";
    }

    @Override
    public void close() {
        // The launcher script may have children of its own; stop them through this handle too.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
