/** The wire: generated protobuf messages, encoders of the server's replies, error texts, subjects and names. */
package io.jstan.streaming.protocol;
