package io.jstan.nats.subjects;

/** Subject and queue name validation rules of the NATS client protocol. */
public final class Subjects {

    static final char SEPARATOR = '.';
    static final String ONE_TOKEN = "*";
    static final String TAIL = ">";

    private Subjects() {
    }

    /**
     * True for a subject a client may subscribe to: non-empty tokens without whitespace, with
     * {@code >} allowed only as the last token.
     */
    public static boolean isValidSubscribeSubject(String subject) {
        if (subject == null || subject.isEmpty()) {
            return false;
        }
        int start = 0;
        int length = subject.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || subject.charAt(i) == SEPARATOR) {
                if (i == start) {
                    return false;
                }
                // '>' swallows the rest of the subject, so nothing may follow it.
                if (i < length && i == start + 1 && subject.charAt(start) == '>') {
                    return false;
                }
                start = i + 1;
            } else if (isWhitespace(subject.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for a subject a client may publish to when pedantic: valid and without wildcards. */
    public static boolean isValidPublishSubject(String subject) {
        return isValidSubscribeSubject(subject) && isLiteral(subject);
    }

    /** True when no token is a wildcard; {@code foo*} and {@code foo>} are literal tokens. */
    public static boolean isLiteral(String subject) {
        int start = 0;
        int length = subject.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || subject.charAt(i) == SEPARATOR) {
                if (i == start + 1 && isWildcard(subject.charAt(start))) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** True for a queue group name: any non-empty string without whitespace, {@code *} included. */
    public static boolean isValidQueueName(String queue) {
        if (queue == null || queue.isEmpty()) {
            return false;
        }
        for (int i = 0; i < queue.length(); i++) {
            if (isWhitespace(queue.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when a published subject has an empty token, which matches no subscription. */
    static boolean hasEmptyToken(String subject) {
        int length = subject.length();
        if (length == 0 || subject.charAt(0) == SEPARATOR || subject.charAt(length - 1) == SEPARATOR) {
            return true;
        }
        return subject.contains("..");
    }

    private static boolean isWildcard(char c) {
        return c == '*' || c == '>';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }
}
