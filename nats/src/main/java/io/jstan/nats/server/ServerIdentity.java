package io.jstan.nats.server;

import java.security.SecureRandom;

/** The server id: 56 characters starting with N, shaped like upstream's public server key. */
final class ServerIdentity {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private ServerIdentity() {
    }

    static String newServerId() {
        SecureRandom random = new SecureRandom();
        char[] id = new char[56];
        id[0] = 'N';
        for (int i = 1; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
