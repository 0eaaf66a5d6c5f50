package io.jstan.streaming.clients;

/** The client id rule: {@code ^[a-zA-Z0-9_-]+$}. */
public final class ClientIds {

    private ClientIds() {
    }

    public static boolean isValid(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
