package io.jstan.server.config;

import io.jstan.nats.NatsServerOptions;
import java.util.Map;

/** Applies an {@code authorization} block: one user, a token, or a {@code users} list, and the timeout. */
final class AuthorizationConfig {

    private AuthorizationConfig() {
    }

    static void apply(Map<String, Node> block, NatsServerOptions options) throws ConfigException {
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "user", "username" -> options.username = entry.string();
                case "pass", "password" -> options.password = entry.string();
                case "token" -> options.token = entry.string();
                case "timeout" -> options.authTimeout = entry.durationOrSeconds();
                case "users" -> {
                    for (Node user : entry.slice()) {
                        options.users.add(user(new Entry("users", user).map()));
                    }
                }
                case "permissions", "default_permissions" -> entry.unsupported();
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
    }

    private static NatsServerOptions.User user(Map<String, Node> block) throws ConfigException {
        String name = null;
        String password = null;
        for (Map.Entry<String, Node> e : block.entrySet()) {
            Entry entry = new Entry(e.getKey(), e.getValue());
            switch (entry.name()) {
                case "user", "username" -> name = entry.string();
                case "pass", "password" -> password = entry.string();
                case "permissions", "nkey" -> entry.unsupported();
                default -> {
                    // upstream ignores unknown keys
                }
            }
        }
        return new NatsServerOptions.User(name, password);
    }
}
