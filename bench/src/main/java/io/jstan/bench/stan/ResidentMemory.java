package io.jstan.bench.stan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a local process, from the VmRSS line of {@code /proc/<pid>/status}. */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    public static long bytesOf(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                return Long.parseLong(parts[0]) * 1024;
            }
        }
        throw new IOException("no VmRSS line for process " + pid);
    }
}
