package io.jstan.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

    private static Map<String, Node> parse(String text) throws ConfigException {
        return new ConfigParser(name -> name.equals("ENV_PORT") ? "4555" : null).parse(text, "test.conf");
    }

    private static Object value(Map<String, Node> map, String key) {
        return map.get(key).value();
    }

    @Test
    void assignmentsInAllThreeForms() throws Exception {
        Map<String, Node> map = parse("a: 1\nb = 2\nc 3\nd:4; e=5, f \"six\"");
        assertThat(map.keySet()).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(value(map, "a")).isEqualTo(1L);
        assertThat(value(map, "c")).isEqualTo(3L);
        assertThat(value(map, "f")).isEqualTo("six");
    }

    @Test
    void commentsAreSkipped() throws Exception {
        Map<String, Node> map = parse("# top\na: 1 # after\n// line\nb: 2 // after\n");
        assertThat(map.keySet()).containsExactly("a", "b");
    }

    @Test
    void stringsQuotedAndBare() throws Exception {
        Map<String, Node> map = parse("a: \"x\\ty\\\"z\\u0041\"\nb: 'raw\\n'\nc: nats://host:4222\nd: 24h\ne: 1h30m");
        assertThat(value(map, "a")).isEqualTo("x\ty\"zA");
        assertThat(value(map, "b")).isEqualTo("raw\\n");
        assertThat(value(map, "c")).isEqualTo("nats://host:4222");
        assertThat(value(map, "d")).isEqualTo("24h");
        assertThat(value(map, "e")).isEqualTo("1h30m");
    }

    @Test
    void sizesFollowNatsUnits() throws Exception {
        Map<String, Node> map = parse("a: 1K\nb: 1KB\nc: 2mb\nd: 1Gi\ne: 5m\nf: 1GiB\ng: -3\nh: 1.5\ni: 1TB");
        assertThat(value(map, "a")).isEqualTo(1000L);
        assertThat(value(map, "b")).isEqualTo(1024L);
        assertThat(value(map, "c")).isEqualTo(2L * 1024 * 1024);
        assertThat(value(map, "d")).isEqualTo(1L << 30);
        assertThat(value(map, "e")).isEqualTo(5_000_000L);
        assertThat(value(map, "f")).isEqualTo(1L << 30);
        assertThat(value(map, "g")).isEqualTo(-3L);
        assertThat(value(map, "h")).isEqualTo(1.5);
        assertThat(value(map, "i")).isEqualTo(1L << 40);
    }

    @Test
    void booleansInEverySpelling() throws Exception {
        Map<String, Node> map = parse("a: true\nb: YES\nc: on\nd: False\ne: no\nf: OFF");
        assertThat(map.values()).extracting(Node::value).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void mapsAndArrays() throws Exception {
        Map<String, Node> map = parse("m { x: 1, n = { y: [1, \"two\"\n 3] } }\nl: [\n a\n b # c\n]\nk: {}");
        Map<String, Node> m = map.get("m").asMap();
        assertThat(value(m, "x")).isEqualTo(1L);
        List<Node> y = m.get("n").asMap().get("y").asList();
        assertThat(y).extracting(Node::value).containsExactly(1L, "two", 3L);
        assertThat(map.get("l").asList()).extracting(Node::value).containsExactly("a", "b");
        assertThat(map.get("k").asMap()).isEmpty();
    }

    @Test
    void variablesFromEnclosingBlocksThenEnvironment() throws Exception {
        Map<String, Node> map = parse("v: 10\nblock { w: 20, a: $v, b: $w, c: $ENV_PORT }");
        Map<String, Node> block = map.get("block").asMap();
        assertThat(value(block, "a")).isEqualTo(10L);
        assertThat(value(block, "b")).isEqualTo(20L);
        assertThat(value(block, "c")).isEqualTo(4555L);
    }

    @Test
    void positionsAreRecorded() throws Exception {
        Map<String, Node> map = parse("\n\na: 1\n");
        assertThat(map.get("a").position()).hasToString("test.conf:3");
    }

    @Test
    void errorsNameFileAndLine() {
        assertThatThrownBy(() -> parse("a: 1\nb: \"open\n"))
                .hasMessage("test.conf:2: Parse error on line 2: 'unexpected EOF in quoted string'");
        assertThatThrownBy(() -> parse("a {\n b: 1\n"))
                .hasMessageStartingWith("test.conf:3: Parse error on line 3: 'unexpected EOF");
        assertThatThrownBy(() -> parse("a: 1\nb: $NOPE\n"))
                .hasMessage("test.conf:2: variable reference for 'NOPE' on line 2 can not be found");
        assertThatThrownBy(() -> parse("a: \"x\" y\n"))
                .hasMessageStartingWith("test.conf:1: Parse error on line 1: 'expected a value to end");
        assertThatThrownBy(() -> parse("}\n")).hasMessageContaining("test.conf:1: Parse error");
    }
}
