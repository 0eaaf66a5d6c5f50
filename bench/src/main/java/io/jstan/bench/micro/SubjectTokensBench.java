package io.jstan.bench.micro;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Counts the tokens of a subject held as a {@code String} or as wire bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SubjectTokensBench {

    @Param({"foo", "_STAN.pub.cluster-id.orders.eu.created"})
    public String subject;

    private byte[] subjectBytes;

    @Setup
    public void setUp() {
        subjectBytes = subject.getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public int splitString() {
        return subject.split("\\.").length;
    }

    @Benchmark
    public int scanString() {
        int tokens = 1;
        for (int i = 0; i < subject.length(); i++) {
            if (subject.charAt(i) == '.') {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public int scanBytes() {
        byte[] bytes = subjectBytes;
        int tokens = 1;
        for (byte b : bytes) {
            if (b == '.') {
                tokens++;
            }
        }
        return tokens;
    }
}
