package io.jstan.streaming.time;

/** Wall-clock time as the streaming core reads it: nanoseconds since the Unix epoch. */
@FunctionalInterface
public interface Clock {

    long nowNanos();
}
