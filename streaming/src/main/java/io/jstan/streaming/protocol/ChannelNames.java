package io.jstan.streaming.protocol;

/**
 * Channel name rules: non-empty, no leading dot, no empty token, no {@code /}. Channel names
 * have no wildcard anywhere; limit patterns may use {@code *} and a final {@code >} as whole tokens.
 */
public final class ChannelNames {

    private ChannelNames() {
    }

    public static boolean isValidChannel(String name) {
        if (!hasValidShape(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' || c == '>') {
                return false;
            }
        }
        return true;
    }

    public static boolean isValidPattern(String name) {
        if (!hasValidShape(name)) {
            return false;
        }
        String[] tokens = name.split("\\.", -1);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean wildcard = t.indexOf('*') >= 0 || t.indexOf('>') >= 0;
            if (wildcard && !t.equals("*") && !(t.equals(">") && i == tokens.length - 1)) {
                return false;
            }
        }
        return true;
    }

    /** True when the pattern holds no wildcard token. */
    public static boolean isLiteral(String pattern) {
        for (String t : pattern.split("\\.", -1)) {
            if (t.equals("*") || t.equals(">")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasValidShape(String name) {
        if (name == null || name.isEmpty() || name.charAt(0) == '.' || name.charAt(name.length() - 1) == '.') {
            return false;
        }
        return name.indexOf('/') < 0 && !name.contains("..");
    }
}
