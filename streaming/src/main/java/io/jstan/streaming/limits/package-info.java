/** Channel limits: resolution of per-channel overrides and wildcard patterns, and the start-up banner. */
package io.jstan.streaming.limits;
