package io.jstan.streaming.transport;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * NATS unique ids: 22 base-62 characters, a random 12-character prefix and a 10-character
 * sequence that moves by a random step, so ids are cheap and never repeat in practice.
 */
public final class Nuid {

    private static final char[] DIGITS =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int BASE = 62;
    private static final int PREFIX_LENGTH = 12;
    private static final int SEQUENCE_LENGTH = 10;
    private static final long MAX_SEQUENCE = 839_299_365_868_340_224L; // 62^10
    private static final long MIN_INCREMENT = 33;
    private static final long MAX_INCREMENT = 333;
    private static final Nuid GLOBAL = new Nuid();

    private final SecureRandom random = new SecureRandom();
    private final char[] prefix = new char[PREFIX_LENGTH];
    private long sequence;
    private long increment;

    private Nuid() {
        resetPrefix();
        resetSequence();
    }

    /** A new id from the process-wide generator. */
    public static String next() {
        return GLOBAL.nextId();
    }

    private synchronized String nextId() {
        sequence += increment;
        if (sequence >= MAX_SEQUENCE) {
            resetPrefix();
            resetSequence();
        }
        char[] id = new char[PREFIX_LENGTH + SEQUENCE_LENGTH];
        System.arraycopy(prefix, 0, id, 0, PREFIX_LENGTH);
        long s = sequence;
        for (int i = id.length - 1; i >= PREFIX_LENGTH; i--) {
            id[i] = DIGITS[(int) (s % BASE)];
            s /= BASE;
        }
        return new String(id);
    }

    private void resetPrefix() {
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix[i] = DIGITS[random.nextInt(BASE)];
        }
    }

    private void resetSequence() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        sequence = r.nextLong(MAX_SEQUENCE);
        increment = MIN_INCREMENT + r.nextLong(MAX_INCREMENT - MIN_INCREMENT);
    }
}
