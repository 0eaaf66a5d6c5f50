/** Owner threads: each holds a task queue and commits the batch its tasks staged. */
package io.jstan.streaming.workers;
