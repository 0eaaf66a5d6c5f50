package io.jstan.server.config;

/** A cursor over one configuration file's text that knows its line and skips blanks and comments. */
final class ConfigScanner {

    static final char EOF = '\0';

    private final String text;
    private final String file;
    private int index;
    private int line = 1;

    ConfigScanner(String text, String file) {
        this.text = text;
        this.file = file;
    }

    char peek() {
        return index < text.length() ? text.charAt(index) : EOF;
    }

    char peekAfter() {
        return index + 1 < text.length() ? text.charAt(index + 1) : EOF;
    }

    char next() {
        char c = peek();
        if (c != EOF) {
            index++;
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    boolean atEnd() {
        return index >= text.length();
    }

    Node.Position position() {
        return new Node.Position(file, line);
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** Skips spaces and tabs on the current line. */
    void skipSpaces() {
        while (peek() == ' ' || peek() == '\t') {
            next();
        }
    }

    /** Skips everything between entries: blanks, newlines, {@code ;} and {@code ,} terminators and comments. */
    void skipBetweenEntries() {
        while (!atEnd()) {
            char c = peek();
            if (Character.isWhitespace(c) || c == ';' || c == ',') {
                next();
            } else if (atComment()) {
                skipComment();
            } else {
                return;
            }
        }
    }

    /** True at {@code #} or {@code //}, which run to the end of the line. */
    boolean atComment() {
        return peek() == '#' || (peek() == '/' && peekAfter() == '/');
    }

    void skipComment() {
        while (!atEnd() && peek() != '\n') {
            next();
        }
    }
}
