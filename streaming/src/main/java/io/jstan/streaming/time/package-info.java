/** The clock and the scheduler every timer goes through; a manual one drives tests. */
package io.jstan.streaming.time;
