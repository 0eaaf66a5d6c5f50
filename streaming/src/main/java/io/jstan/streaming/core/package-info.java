/** Assembly of the streaming core and the protocol subjects it listens on. */
package io.jstan.streaming.core;
