package io.jstan.nats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonObjectTest {

    private static final String JNATS_CONNECT = "{\"lang\":\"java\",\"version\":\"2.20.4\",\"protocol\":1,"
            + "\"verbose\":false,\"pedantic\":false,\"tls_required\":false,\"echo\":true,\"headers\":true,"
            + "\"no_responders\":true}";

    @Test
    void readsConnectOptions() {
        JsonObject connect = JsonObject.parse(JNATS_CONNECT);

        assertThat(connect.bool("verbose", true)).isFalse();
        assertThat(connect.bool("pedantic", true)).isFalse();
        assertThat(connect.bool("echo", true)).isTrue();
        assertThat(connect.bool("headers", false)).isTrue();
        assertThat(connect.string("lang", "")).isEqualTo("java");
        assertThat(connect.integer("protocol", 0)).isEqualTo(1);
    }

    @Test
    void missingOrNullMembersKeepTheirDefaults() {
        JsonObject connect = JsonObject.parse("{\"name\":null,\"verbose\":null}");

        assertThat(connect.bool("verbose", true)).isTrue();
        assertThat(connect.bool("echo", true)).isTrue();
        assertThat(connect.string("name", "")).isEmpty();
        assertThat(connect.integer("protocol", 0)).isZero();
        assertThat(connect.has("name")).isTrue();
        assertThat(connect.has("account")).isFalse();
    }

    @Test
    void unknownMembersAreKeptButIgnored() {
        JsonObject connect = JsonObject.parse("{\"unknown_field\":1,\"verbose\":false}");

        assertThat(connect.bool("verbose", true)).isFalse();
        assertThat(connect.members()).containsKeys("unknown_field", "verbose");
    }

    @Test
    void wrongTypesAreErrors() {
        JsonObject connect = JsonObject.parse(
                "{\"verbose\":\"true\",\"name\":5,\"protocol\":1.0,\"echo\":1,\"big\":1e30,\"list\":[]}");

        assertThatThrownBy(() -> connect.bool("verbose", true)).isInstanceOf(JsonException.class)
                .hasMessageContaining("verbose");
        assertThatThrownBy(() -> connect.bool("echo", true)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> connect.string("name", "")).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> connect.integer("protocol", 0)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> connect.integer("big", 0)).isInstanceOf(JsonException.class);
        assertThatThrownBy(() -> connect.string("list", "")).isInstanceOf(JsonException.class);
    }

    @Test
    void membersAreReadOnly() {
        JsonObject connect = JsonObject.parse("{\"a\":1}");

        assertThatThrownBy(() -> connect.members().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
