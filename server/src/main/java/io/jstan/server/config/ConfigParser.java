package io.jstan.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads the NATS configuration format: {@code key: value}, {@code key = value} or
 * {@code key value}; maps and arrays; {@code #} and {@code //} comments; quoted and bare
 * strings; {@code include}; {@code $VAR} resolved from enclosing blocks, then the environment.
 */
public final class ConfigParser {

    private final UnaryOperator<String> environment;
    /** The maps being filled, innermost first: where {@code $VAR} looks. */
    private final Deque<Map<String, Node>> scopes = new ArrayDeque<>();

    public ConfigParser(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** Parses a file with the process environment for variables. */
    public static Map<String, Node> parseFile(Path file) throws ConfigException {
        return new ConfigParser(System::getenv).parse(file);
    }

    public Map<String, Node> parse(Path file) throws ConfigException {
        Map<String, Node> top = new LinkedHashMap<>();
        scopes.push(top);
        readFileInto(file, top);
        scopes.pop();
        return top;
    }

    /** Parses text as if read from a file of the given name (which also anchors includes). */
    public Map<String, Node> parse(String text, String fileName) throws ConfigException {
        Map<String, Node> top = new LinkedHashMap<>();
        scopes.push(top);
        readEntries(new ConfigScanner(text, fileName), top, false);
        scopes.pop();
        return top;
    }

    private void readFileInto(Path file, Map<String, Node> map) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("error opening config file: open " + file + ": no such file or directory");
        } catch (IOException e) {
            throw new ConfigException("error opening config file: " + file + ": " + e.getMessage());
        }
        readEntries(new ConfigScanner(text, file.toString()), map, false);
    }

    private void readEntries(ConfigScanner in, Map<String, Node> map, boolean inBlock) throws ConfigException {
        while (true) {
            in.skipBetweenEntries();
            if (in.atEnd()) {
                if (inBlock) {
                    throw syntax(in, "unexpected EOF, expected '}'");
                }
                return;
            }
            if (in.peek() == '}') {
                if (!inBlock) {
                    throw syntax(in, "unexpected '}'");
                }
                in.next();
                return;
            }
            Node.Position position = in.position();
            boolean quoted = in.peek() == '"' || in.peek() == '\'';
            String key = quoted ? readQuoted(in) : readKey(in);
            if (key.isEmpty()) {
                throw syntax(in, "unexpected '" + in.peek() + "'");
            }
            in.skipSpaces();
            if (!quoted && key.equals("include")) {
                readInclude(in, map);
                continue;
            }
            if (in.peek() == ':' || in.peek() == '=') {
                in.next();
                in.skipSpaces();
            }
            map.put(key, readValue(in, position));
            endOfValue(in);
        }
    }

    private void readInclude(ConfigScanner in, Map<String, Node> map) throws ConfigException {
        Node.Position position = in.position();
        Object name = readValue(in, position).value();
        if (!(name instanceof String path)) {
            throw ConfigException.at(position, "include expects a file name");
        }
        Path including = Path.of(in.file()).toAbsolutePath().getParent();
        Path target = Path.of(path).isAbsolute() || including == null ? Path.of(path) : including.resolve(path);
        readFileInto(target, map);
        endOfValue(in);
    }

    private static String readKey(ConfigScanner in) {
        StringBuilder key = new StringBuilder();
        while (!in.atEnd()) {
            char c = in.peek();
            if (Character.isWhitespace(c) || c == ':' || c == '=' || c == '{' || c == '}' || c == '['
                    || c == ']' || c == ',' || c == ';' || c == '#' || c == '"' || c == '\'') {
                break;
            }
            key.append(in.next());
        }
        return key.toString();
    }

    /** After a value: blanks, then a comment, a terminator, the end of a block, or the end of the file. */
    private static void endOfValue(ConfigScanner in) throws ConfigException {
        in.skipSpaces();
        char c = in.peek();
        if (c == '\n' || c == '\r' || c == ';' || c == ',' || c == '}' || c == ConfigScanner.EOF || in.atComment()) {
            return;
        }
        throw syntax(in, "expected a value to end with a new line, comment or EOF, but got '" + c + "' instead");
    }

    private Node readValue(ConfigScanner in, Node.Position position) throws ConfigException {
        char c = in.peek();
        switch (c) {
            case '{' -> {
                in.next();
                Map<String, Node> map = new LinkedHashMap<>();
                scopes.push(map);
                readEntries(in, map, true);
                scopes.pop();
                return new Node(map, position);
            }
            case '[' -> {
                return new Node(readArray(in), position);
            }
            case '"', '\'' -> {
                return new Node(readQuoted(in), position);
            }
            case '$' -> {
                in.next();
                return resolve(readBare(in), in, position);
            }
            case '\n', '\r', ConfigScanner.EOF -> throw syntax(in, "expected a value");
            default -> {
                String token = readBare(in);
                if (token.isEmpty()) {
                    throw syntax(in, "unexpected '" + c + "'");
                }
                try {
                    return new Node(Scalars.type(token), position);
                } catch (ArithmeticException | NumberFormatException e) {
                    throw ConfigException.at(position, "integer value out of range: " + token);
                }
            }
        }
    }

    private List<Node> readArray(ConfigScanner in) throws ConfigException {
        in.next();
        List<Node> items = new ArrayList<>();
        while (true) {
            in.skipBetweenEntries();
            if (in.atEnd()) {
                throw syntax(in, "unexpected EOF, expected ']'");
            }
            if (in.peek() == ']') {
                in.next();
                return items;
            }
            items.add(readValue(in, in.position()));
        }
    }

    /** A bare token runs to a blank, a terminator or a closing bracket. */
    private static String readBare(ConfigScanner in) {
        StringBuilder token = new StringBuilder();
        while (!in.atEnd()) {
            char c = in.peek();
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '}' || c == ']') {
                break;
            }
            token.append(in.next());
        }
        return token.toString();
    }

    private static String readQuoted(ConfigScanner in) throws ConfigException {
        char quote = in.next();
        int startLine = in.line();
        StringBuilder text = new StringBuilder();
        while (true) {
            if (in.atEnd()) {
                throw ConfigException.at(new Node.Position(in.file(), startLine),
                        "Parse error on line " + startLine + ": 'unexpected EOF in quoted string'");
            }
            char c = in.next();
            if (c == quote) {
                return text.toString();
            }
            if (c == '\\' && quote == '"') {
                text.append(escape(in));
            } else {
                text.append(c);
            }
        }
    }

    private static String escape(ConfigScanner in) throws ConfigException {
        char c = in.next();
        return switch (c) {
            case 't' -> "\t";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'u' -> {
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    hex.append(in.next());
                }
                try {
                    yield String.valueOf((char) Integer.parseInt(hex.toString(), 16));
                } catch (NumberFormatException e) {
                    throw syntax(in, "invalid unicode escape '\\u" + hex + "'");
                }
            }
            default -> throw syntax(in, "invalid escape character '" + c + "'");
        };
    }

    /** {@code $NAME}: a key of an enclosing block, else the environment variable, parsed as a value. */
    private Node resolve(String name, ConfigScanner in, Node.Position position) throws ConfigException {
        for (Iterator<Map<String, Node>> it = scopes.iterator(); it.hasNext(); ) {
            Node found = it.next().get(name);
            if (found != null) {
                return new Node(found.value(), position);
            }
        }
        String env = name.isEmpty() ? null : environment.apply(name);
        if (env == null) {
            throw ConfigException.at(position,
                    "variable reference for '" + name + "' on line " + in.line() + " can not be found");
        }
        Map<String, Node> holder = new ConfigParser(environment)
                .parse("value: " + env, position.file() + " ($" + name + ")");
        Node value = holder.get("value");
        return new Node(value.value(), position);
    }

    private static ConfigException syntax(ConfigScanner in, String detail) {
        return ConfigException.at(in.position(), "Parse error on line " + in.line() + ": '" + detail + "'");
    }
}
