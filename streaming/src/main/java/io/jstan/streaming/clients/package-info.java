/** Client registration: connect, duplicate-id probe, close, pings and server-to-client heartbeats. */
package io.jstan.streaming.clients;
