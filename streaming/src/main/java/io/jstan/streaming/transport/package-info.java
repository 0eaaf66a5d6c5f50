/** How the core talks to NATS; the in-process transport attaches it to the embedded server. */
package io.jstan.streaming.transport;
