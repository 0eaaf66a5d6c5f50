package io.jstan.bench.stan;

import java.io.PrintStream;

import io.jstan.bench.stan.report.Formats;

/** The running counts, once a second: rewritten in place on a terminal, one line each otherwise. */
final class ProgressLine {

    private final PrintStream out;
    private final boolean inPlace;
    private final long publishTarget;
    private final long receiveTarget;
    private long lastPublished;
    private long lastReceived;
    private long lastNanos;
    private int lastWidth;

    ProgressLine(PrintStream out, boolean inPlace, long publishTarget, long receiveTarget, long startNanos) {
        this.out = out;
        this.inPlace = inPlace;
        this.publishTarget = publishTarget;
        this.receiveTarget = receiveTarget;
        this.lastNanos = startNanos;
    }

    void update(long published, long received, long now) {
        double seconds = Math.max(1, now - lastNanos) / 1e9;
        String line = "published " + Formats.comma(published) + "/" + Formats.comma(publishTarget)
                + " (" + Formats.comma((long) ((published - lastPublished) / seconds)) + " msgs/sec)"
                + (receiveTarget > 0 ? ", received " + Formats.comma(received) + "/" + Formats.comma(receiveTarget)
                        + " (" + Formats.comma((long) ((received - lastReceived) / seconds)) + " msgs/sec)" : "");
        lastPublished = published;
        lastReceived = received;
        lastNanos = now;
        if (inPlace) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends an in-place line so the report starts on a fresh one. */
    void finish() {
        if (inPlace && lastWidth > 0) {
            out.println();
        }
    }
}
