package io.jstan.nats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWriterTest {

    @Test
    void prettyOutputHasTheShapeOfGoMarshalIndent() {
        String json = JsonWriter.pretty()
                .beginObject()
                .field("server_id", "NABC")
                .field("port", 4222)
                .field("cpu", 1.5)
                .field("auth_required", false)
                .name("tls").nullValue()
                .name("cluster").beginObject().endObject()
                .name("connect_urls").beginArray().endArray()
                .name("routes").beginArray()
                .beginObject().field("rid", 1).name("tags").beginArray().value("a").value("b").endArray().endObject()
                .nullValue()
                .endArray()
                .name("http_req_stats").beginObject().field("/varz", 2).endObject()
                .endObject()
                .toString();

        assertThat(json).isEqualTo("""
                {
                  "server_id": "NABC",
                  "port": 4222,
                  "cpu": 1.5,
                  "auth_required": false,
                  "tls": null,
                  "cluster": {},
                  "connect_urls": [],
                  "routes": [
                    {
                      "rid": 1,
                      "tags": [
                        "a",
                        "b"
                      ]
                    },
                    null
                  ],
                  "http_req_stats": {
                    "/varz": 2
                  }
                }""");
    }

    @Test
    void compactOutputHasNoWhitespace() {
        String json = JsonWriter.compact()
                .beginObject()
                .field("server_id", "NABC")
                .field("headers", true)
                .field("max_payload", 1048576)
                .name("connect_urls").beginArray().value("10.0.0.1:4222").value("10.0.0.2:4222").endArray()
                .name("empty").beginObject().endObject()
                .endObject()
                .toString();

        assertThat(json).isEqualTo("{\"server_id\":\"NABC\",\"headers\":true,\"max_payload\":1048576,"
                + "\"connect_urls\":[\"10.0.0.1:4222\",\"10.0.0.2:4222\"],\"empty\":{}}");
    }

    @Test
    void escapesStringsLikeGo() {
        String json = JsonWriter.compact()
                .value("q\" b\\ / <a href='x'>&amp; \n\r\t\b\f\u0000\u001f\u007f é \u2028\u2029 \uD83D\uDE00")
                .toString();

        assertThat(json).isEqualTo("\"q\\\" b\\\\ / \\u003ca href='x'\\u003e\\u0026amp; \\n\\r\\t\\b\\f"
                + "\\u0000\\u001f\u007f é \\u2028\\u2029 \uD83D\uDE00\"");
    }

    @Test
    void replacesLoneSurrogates() {
        assertThat(JsonWriter.compact().value("a\uD800b\uDC00").toString()).isEqualTo("\"a\\ufffdb\\ufffd\"");
    }

    @Test
    void escapesMemberNames() {
        assertThat(JsonWriter.compact().beginObject().field("a<b", 1).endObject().toString())
                .isEqualTo("{\"a\\u003cb\":1}");
    }

    @ParameterizedTest
    @CsvSource({
            "0.5, 0.5",
            "3.0, 3",
            "100.0, 100",
            "-2.5, -2.5",
            "12345.678, 12345.678",
            "0.30000000000000004, 0.30000000000000004",
            "0.000001, 0.000001",
            "1e20, 100000000000000000000",
            "1e21, 1e+21",
            "6.02e23, 6.02e+23",
            "1.5e-7, 1.5e-7",
            "1.2345e-10, 1.2345e-10",
            "-4e-9, -4e-9",
            "0.0, 0",
            "-0.0, -0",
            "1.7976931348623157e308, 1.7976931348623157e+308",
            "4.9e-324, 5e-324",
    })
    void formatsDoublesLikeGo(double value, String expected) {
        assertThat(JsonWriter.compact().value(value).toString()).isEqualTo(expected);
    }

    @Test
    void writesLongs() {
        assertThat(JsonWriter.compact().beginArray().value(Long.MIN_VALUE).value(0).value(Long.MAX_VALUE).endArray()
                .toString()).isEqualTo("[-9223372036854775808,0,9223372036854775807]");
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThatThrownBy(() -> JsonWriter.compact().value(Double.NaN)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> JsonWriter.compact().value(Double.POSITIVE_INFINITY))
                .isInstanceOf(JsonException.class);
    }

    @Test
    void writesParsedValuesBackUnchanged() {
        String text = "{\"s\":\"x\\u003cy\",\"i\":-42,\"d\":1.5,\"t\":true,\"n\":null,"
                + "\"a\":[1,\"two\",[],{}],\"o\":{\"k\":{\"deep\":[null]}}}";

        assertThat(JsonWriter.compact().value(Json.parseObject(text)).toString()).isEqualTo(text);
    }

    @Test
    void writesJavaValues() {
        Map<String, Object> map = new TreeMap<>(Map.of("b", 2, "a", List.of(1.5f, (short) 3, (byte) 4)));
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("none", null);
        withNull.put("list", Arrays.asList("x", null));

        assertThat(JsonWriter.compact().value((Object) map).toString()).isEqualTo("{\"a\":[1.5,3,4],\"b\":2}");
        assertThat(JsonWriter.compact().value((Object) 0.1f).toString()).isEqualTo("0.1");
        assertThat(JsonWriter.pretty().value((Object) withNull).toString())
                .isEqualTo("{\n  \"none\": null,\n  \"list\": [\n    \"x\",\n    null\n  ]\n}");
        assertThat(JsonWriter.compact().value((String) null).toString()).isEqualTo("null");
        assertThatThrownBy(() -> JsonWriter.compact().value(new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMalformedCallSequences() {
        assertThatThrownBy(() -> JsonWriter.compact().beginObject().value(1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().beginArray().name("a"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().name("a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().beginObject().name("a").name("b"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().beginObject().name("a").endObject())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().beginObject().endArray())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().endObject()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JsonWriter.compact().value(1).value(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void growsForDeepNesting() {
        JsonWriter writer = JsonWriter.compact();
        for (int i = 0; i < 100; i++) {
            writer.beginArray();
        }
        for (int i = 0; i < 100; i++) {
            writer.endArray();
        }
        assertThat(writer.toString()).isEqualTo("[".repeat(100) + "]".repeat(100));
    }
}
