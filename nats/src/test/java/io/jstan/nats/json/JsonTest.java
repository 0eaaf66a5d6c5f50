package io.jstan.nats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void readsEveryKindOfValueInTextOrder() {
        Map<String, Object> object = Json.parseObject(
                " {\"s\":\"x\", \"i\":-42, \"d\":1.5, \"t\":true, \"f\":false, \"n\":null,"
                        + " \"a\":[1, \"two\", [], {}], \"o\":{\"k\":{\"deep\":[null]}}}\r\n");

        assertThat(object).containsExactly(
                entry("s", "x"),
                entry("i", -42L),
                entry("d", 1.5),
                entry("t", true),
                entry("f", false),
                entry("n", null),
                entry("a", List.of(1L, "two", List.of(), Map.of())),
                entry("o", Map.of("k", Map.of("deep", Arrays.asList((Object) null)))));
        assertThat(object).isInstanceOf(LinkedHashMap.class);
    }

    @Test
    void readsIntegersAsLongAndTheRestAsDouble() {
        Map<String, Object> object = Json.parseObject(
                "{\"zero\":0,\"neg\":-0,\"max\":9223372036854775807,\"over\":9223372036854775808,"
                        + "\"exp\":1e3,\"EXP\":2E-2,\"frac\":0.25,\"signed\":-1.5e+2}");

        assertThat(object).containsExactly(
                entry("zero", 0L),
                entry("neg", 0L),
                entry("max", Long.MAX_VALUE),
                entry("over", 9.223372036854775808e18),
                entry("exp", 1000.0),
                entry("EXP", 0.02),
                entry("frac", 0.25),
                entry("signed", -150.0));
    }

    @Test
    void decodesEscapes() {
        Map<String, Object> object = Json.parseObject(
                "{\"e\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t\",\"u\":\"caf\\u00e9 \\u0041\","
                        + "\"pair\":\"\\ud83d\\ude00\",\"raw\":\"\uD83D\uDE00 é\",\"\\u006bey\":1}");

        assertThat(object).containsExactly(
                entry("e", "q\" b\\ s/ \b\f\n\r\t"),
                entry("u", "café A"),
                entry("pair", "\uD83D\uDE00"),
                entry("raw", "\uD83D\uDE00 é"),
                entry("key", 1L));
    }

    @Test
    void replacesLoneSurrogatesLikeGo() {
        Map<String, Object> object = Json.parseObject(
                "{\"high\":\"\\ud800x\",\"low\":\"\\udc00\",\"broken\":\"\\ud800\\u0041\",\"end\":\"\\ud800\"}");

        assertThat(object).containsExactly(
                entry("high", "\uFFFDx"),
                entry("low", "\uFFFD"),
                entry("broken", "\uFFFDA"),
                entry("end", "\uFFFD"));
    }

    @Test
    void keepsTheLastValueOfARepeatedName() {
        assertThat(Json.parseObject("{\"a\":1,\"b\":2,\"a\":3}")).containsExactly(
                entry("a", 3L), entry("b", 2L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "[]", "1", "\"s\"", "null", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}",
            "{,}", "{a:1}", "{'a':1}", "{\"a\":01}", "{\"a\":-01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}",
            "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":+1}", "{\"a\":tru}", "{\"a\":True}", "{\"a\":nul}",
            "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"tab\there\"}",
            "{\"a\":\"line\nbreak\"}", "{\"a\":\"unterminated}", "{} {}", "{}x", "{\"a\":[1,]}",
            "{\"a\":[1 2]}", "{\"a\":[}", "{\"a\":NaN}", "{\"a\":Infinity}", "{/*c*/}", "{\"a\" 1}",
            "{\"a\":1 \"b\":2}", "\u00a0{}", "{\"a\":0x10}"})
    void rejectsInvalidText(String text) {
        assertThatThrownBy(() -> Json.parseObject(text)).isInstanceOf(JsonException.class);
    }

    @Test
    void rejectsNestingDeeperThanAnyProtocolNeeds() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> Json.parseObject(deep))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("nested too deeply");
    }
}
