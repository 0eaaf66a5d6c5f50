/**
 * The NATS Streaming core and its embedding API ({@link io.jstan.streaming.StreamingServer}).
 *
 * <h2>Threads and the state each one owns</h2>
 * <ul>
 *   <li><b>Network threads</b> (the embedded NATS server's event loops) run the protocol
 *       handlers: they decode requests, answer what needs no state (malformed requests, the
 *       stateless subscription checks, invalid publishes, pings) and hand everything else to an
 *       owner. They only read shared state: the client registry and the channel registry.</li>
 *   <li><b>Channel workers</b> ({@code stan-channel-N}, about one per core): a channel is pinned
 *       to one worker by its name. The worker alone touches the channel's message and
 *       subscription logs, its subscriptions, queue groups, pending maps, redelivery counts and
 *       timers (ack wait, max age, max inactivity). Publishes, subscription requests,
 *       unsubscribe and subscription close requests, acks and the removal of a departing
 *       client's subscriptions all run there, in arrival order, so unsubscribe and close come
 *       after every earlier publish and ack of the same connection. Publishes are staged and
 *       committed as one batch: one flush per touched channel, delivery, then the PubAcks.</li>
 *   <li><b>The control worker</b> ({@code stan-control}) owns client registration: connects
 *       (with the duplicate-id probe), connection closes, and the heartbeat state of every
 *       client. It is the only writer of the client registry.</li>
 *   <li><b>The timer thread</b> ({@code stan-timers}) owns nothing: it hands each due task to
 *       the worker that owns the task's state.</li>
 * </ul>
 * The subscription response and the messages of a subscription are published by the channel's
 * worker in that order, and one thread's publishes keep their order, so a client never sees a
 * message before its subscription response.
 */
package io.jstan.streaming;
