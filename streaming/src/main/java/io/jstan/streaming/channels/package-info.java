/** Channels: creation under the channel limits, the publish path with its group commit, and the channel timers. */
package io.jstan.streaming.channels;
