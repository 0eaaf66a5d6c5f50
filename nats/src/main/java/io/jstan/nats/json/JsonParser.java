package io.jstan.nats.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict recursive-descent parser over one JSON text (RFC 8259). */
final class JsonParser {

    /** Deep enough for any protocol message, shallow enough to keep the stack safe. */
    private static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;
    private int depth;

    JsonParser(String text) {
        this.text = text;
    }

    Map<String, Object> parseObjectDocument() {
        skipWhitespace();
        if (peek() != '{') {
            throw error("expected '{'");
        }
        Map<String, Object> object = parseObject();
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected text after the object");
        }
        return object;
    }

    private Object parseValue() {
        skipWhitespace();
        char c = peek();
        switch (c) {
            case '{':
                return parseObject();
            case '[':
                return parseArray();
            case '"':
                return parseString();
            case 't':
                expectWord("true");
                return Boolean.TRUE;
            case 'f':
                expectWord("false");
                return Boolean.FALSE;
            case 'n':
                expectWord("null");
                return null;
            default:
                if (c == '-' || isDigit(c)) {
                    return parseNumber();
                }
                throw error("unexpected character");
        }
    }

    private Map<String, Object> parseObject() {
        enter();
        pos++;
        Map<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String name = parseString();
            skipWhitespace();
            expect(':');
            object.put(name, parseValue());
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                depth--;
                return object;
            }
            expect(',');
        }
    }

    private List<Object> parseArray() {
        enter();
        pos++;
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return array;
        }
        while (true) {
            array.add(parseValue());
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                depth--;
                return array;
            }
            expect(',');
        }
    }

    private String parseString() {
        pos++;
        StringBuilder out = null;
        int runStart = pos;
        while (true) {
            char c = peek();
            if (c == '"') {
                String tail = text.substring(runStart, pos);
                pos++;
                return out == null ? tail : out.append(tail).toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, runStart, pos);
                pos++;
                appendEscape(out);
                runStart = pos;
            } else {
                pos++;
            }
        }
    }

    private void appendEscape(StringBuilder out) {
        char c = peek();
        pos++;
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> appendUnicodeEscape(out);
            default -> {
                pos--;
                throw error("invalid escape");
            }
        }
    }

    /** Joins surrogate pairs; a lone surrogate becomes U+FFFD, as Go decodes it. */
    private void appendUnicodeEscape(StringBuilder out) {
        char c = readHex4();
        if (Character.isHighSurrogate(c) && text.startsWith("\\u", pos)) {
            int mark = pos;
            pos += 2;
            char low = readHex4();
            if (Character.isLowSurrogate(low)) {
                out.append(c).append(low);
                return;
            }
            pos = mark;
        }
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
    }

    private char readHex4() {
        if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value << 4 | digit;
        }
        pos += 4;
        return (char) value;
    }

    /** Integers that fit a long become Long; anything else becomes Double. */
    private Object parseNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else {
            digits();
        }
        boolean integral = true;
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            digits();
            integral = false;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            digits();
            integral = false;
        }
        String number = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(number);
            } catch (NumberFormatException tooBig) {
                return Double.parseDouble(number);
            }
        }
        return Double.parseDouble(number);
    }

    private void digits() {
        if (!isDigit(peek())) {
            throw error("expected a digit");
        }
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
    }

    private void expectWord(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("expected '" + word + "'");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The current character; running out of text is always an error. */
    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of JSON input");
        }
        return text.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private JsonException error(String problem) {
        return new JsonException("invalid JSON at offset " + pos + ": " + problem);
    }
}
