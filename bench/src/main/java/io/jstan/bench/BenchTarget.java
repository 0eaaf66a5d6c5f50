package io.jstan.bench;

/** A NATS server under measurement, known by its role name and client URL. */
interface BenchTarget extends AutoCloseable {

    String name();

    String url();

    /** What the server is, for the report header. */
    String description();

    /** Stops the server if this process started it; safe to call twice. */
    @Override
    void close();
}
