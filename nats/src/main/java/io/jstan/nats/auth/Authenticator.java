package io.jstan.nats.auth;

import io.jstan.nats.NatsServerOptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the credentials of a CONNECT against the configured user, token or users list. */
public final class Authenticator {

    private final NatsServerOptions options;

    public Authenticator(NatsServerOptions options) {
        this.options = options;
    }

    public boolean required() {
        return options.authRequired();
    }

    /** Returns the authorized user name ("" for a token), or null when refused. */
    public String authorize(String user, String password, String token) {
        if (options.token != null) {
            return matches(options.token, token) ? "" : null;
        }
        if (options.username != null && options.username.equals(user) && matches(options.password, password)) {
            return user;
        }
        for (NatsServerOptions.User candidate : options.users) {
            if (candidate.username().equals(user) && matches(candidate.password(), password)) {
                return user;
            }
        }
        return null;
    }

    /** Compares in constant time so the answer's timing tells nothing about the secret. */
    private static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return expected == null && given == null;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
