package io.jstan.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code -P} file: the process id, written at start as upstream does. */
final class PidFile {

    private PidFile() {
    }

    static void write(String path) throws IOException {
        try {
            Files.writeString(Path.of(path), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IOException("Could not write pidfile: " + e.getMessage(), e);
        }
    }
}
