package io.jstan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The servers of one invocation; stops the launched ones on close and on Ctrl-C. */
final class Targets implements AutoCloseable {

    private final List<BenchTarget> targets = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "bench-stop-servers");

    Targets() {
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** A running server when {@code url} is given, otherwise one launched from {@code command}. */
    BenchTarget add(String name, String url, Path command, Duration startTimeout)
            throws IOException, InterruptedException {
        BenchTarget target = url != null
                ? new RunningServer(name, url)
                : LaunchedServer.start(name, command, startTimeout);
        synchronized (targets) {
            targets.add(target);
        }
        return target;
    }

    private void stopAll() {
        synchronized (targets) {
            targets.forEach(BenchTarget::close);
        }
    }

    @Override
    public void close() {
        stopAll();
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
}
