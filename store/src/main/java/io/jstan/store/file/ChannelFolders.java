package io.jstan.store.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Channel folder names: a channel name may hold any character but {@code /}, {@code *} and
 * {@code >}, so letters, digits, {@code -}, {@code _} and inner dots are kept and every other
 * UTF-8 byte becomes {@code %XX}. A name never starts with a dot, which the store keeps for its
 * own entries. A long name is cut and ends with a hash of the whole, to stay within file
 * system limits; the real name is in the folder's {@code channel.dat}.
 */
final class ChannelFolders {

    private static final int MAX_LENGTH = 200;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ChannelFolders() {
    }

    static String folderName(String channel) {
        byte[] bytes = channel.getBytes(StandardCharsets.UTF_8);
        StringBuilder name = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || (c == '.' && name.length() > 0);
            if (kept) {
                name.append(c);
            } else {
                name.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        if (name.length() > MAX_LENGTH) {
            return name.substring(0, MAX_LENGTH - 33) + "~" + sha256(bytes).substring(0, 32);
        }
        return name.toString();
    }

    /** Whether a folder of the store directory is a channel's (not one of the store's own entries). */
    static boolean isChannelFolder(String folderName) {
        return !folderName.startsWith(".");
    }

    private static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
