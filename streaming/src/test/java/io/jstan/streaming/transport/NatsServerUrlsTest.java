package io.jstan.streaming.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NatsServerUrlsTest {

    @Test
    void oneUrlWithSchemeAndPort() {
        assertThat(NatsServerUrls.parse("nats://127.0.0.1:4222")).containsExactly("nats://127.0.0.1:4222");
    }

    @Test
    void listsAndCredentialsAreUsedAsGiven() {
        assertThat(NatsServerUrls.parse("nats://a:1, nats://b:2")).containsExactly("nats://a:1", "nats://b:2");
        assertThat(NatsServerUrls.parse("nats://u:p@h:1")).containsExactly("nats://u:p@h:1");
    }

    @Test
    void upstreamErrors() {
        assertThatThrownBy(() -> NatsServerUrls.parse("localhost")).hasMessage("malformed url: localhost");
        assertThatThrownBy(() -> NatsServerUrls.parse("nats://localhost"))
                .hasMessage("address localhost: missing port in address");
    }
}
