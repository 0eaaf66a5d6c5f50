package io.jstan.nats.monitor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Resident memory and CPU use of this process, for {@code /varz} {@code mem} and {@code cpu}. */
final class ProcessUsage {

    private static final Path STATUS = Path.of("/proc/self/status");
    /** Shorter intervals give a noisy reading; keep the last one instead. */
    private static final long MIN_SAMPLE_NANOS = 500_000_000L;

    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long lastWallNanos;
    private long lastCpuNanos;
    private double lastPercent;

    ProcessUsage() {
        // The first reading covers the time since the JVM started, as ps does.
        lastWallNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    }

    /** Resident set size in bytes from VmRSS; the committed heap where /proc is missing. */
    long residentBytes() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            for (String line : lines) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kilobytes) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or an unexpected format: fall through
        }
        return Runtime.getRuntime().totalMemory();
    }

    /** CPU time over wall time since the previous reading, in percent of one core (may pass 100). */
    synchronized double cpuPercent() {
        if (!(os instanceof com.sun.management.OperatingSystemMXBean process)) {
            return 0;
        }
        long cpu = process.getProcessCpuTime();
        long wall = System.nanoTime();
        long elapsed = wall - lastWallNanos;
        if (cpu < 0 || elapsed < MIN_SAMPLE_NANOS) {
            return lastPercent;
        }
        double percent = 100.0 * (cpu - lastCpuNanos) / elapsed;
        lastPercent = Math.round(percent * 100) / 100.0;
        lastWallNanos = wall;
        lastCpuNanos = cpu;
        return lastPercent;
    }
}
