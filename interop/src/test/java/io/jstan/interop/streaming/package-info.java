/**
 * Black-box tests of the streaming layer: the server runs as its own process and is driven by
 * the official Java client ({@code io.nats:java-nats-streaming}), by protocol messages built by
 * hand over jnats ({@link io.jstan.interop.streaming.RawStan}) and by the official Node client
 * ({@code src/test/node}).
 *
 * <p>The expected behaviour and error texts come from {@code shared/spec/PROTOCOL.md}. No
 * upstream Go streaming server was available to check them against, so every expectation here
 * is unchecked against upstream; where the specification itself is unsure, the test says so.
 */
package io.jstan.interop.streaming;
