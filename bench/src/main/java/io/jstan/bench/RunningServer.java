package io.jstan.bench;

/** A server someone else started; the benchmark only connects to it. */
record RunningServer(String name, String url) implements BenchTarget {

    @Override
    public String description() {
        return "running at " + url;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
