/** Sending messages to subscriptions: delivery loops, MaxInFlight, acks, ack timers and redelivery. */
package io.jstan.streaming.delivery;
