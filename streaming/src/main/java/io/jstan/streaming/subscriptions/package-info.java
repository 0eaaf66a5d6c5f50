/** Subscriptions of every kind: creation, resumption, queue groups and their shadows, removal. */
package io.jstan.streaming.subscriptions;
