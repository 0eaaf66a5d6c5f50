package io.jstan.streaming.channels;

import io.jstan.streaming.protocol.Protocol.StartPosition;
import io.jstan.streaming.testing.ManualClockServer;
import io.jstan.streaming.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@Timeout(20)
class ChannelLifecycleTest {

    private ManualClockServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void messagesOlderThanMaxAgeAreRemoved() throws Exception {
        server = new ManualClockServer(o -> o.maxAge = Duration.ofSeconds(10));
        try (WireClient c = server.client("c")) {
            c.publish("foo", "old");
            server.advance(Duration.ofSeconds(6));
            c.publish("foo", "new");
            server.advance(Duration.ofSeconds(5));
            c.sync("foo");
            Channel foo = server.server().core().channels().get("foo");
            await().atMost(Duration.ofSeconds(2)).until(() -> foo.messages().count() == 1);
            assertThat(foo.messages().first()).isEqualTo(2);

            WireClient.Sub sub = c.subscribe(c.subscription("foo").setStartPosition(StartPosition.First));
            assertThat(sub.next().getSequence()).isEqualTo(2);

            server.advance(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(2)).until(() -> foo.messages().count() == 0);
            assertThat(foo.messages().first()).isEqualTo(3);
            assertThat(foo.messages().last()).isEqualTo(2);
        }
    }

    @Test
    void anInactiveChannelIsDeletedButNotWhileSubscribed() throws Exception {
        server = new ManualClockServer(o -> o.maxInactivity = Duration.ofSeconds(10));
        try (WireClient c = server.client("c")) {
            c.publish("idle", "x");
            WireClient.Sub sub = c.subscribe(c.subscription("busy"));
            server.advance(Duration.ofSeconds(6));
            c.publish("idle", "y");
            server.advance(Duration.ofSeconds(5));
            c.sync("idle");
            assertThat(server.server().core().channels().get("idle")).isNotNull();
            server.advance(Duration.ofSeconds(6));
            await().atMost(Duration.ofSeconds(2)).until(() -> server.server().core().channels().get("idle") == null);
            assertThat(server.server().core().channels().get("busy")).isNotNull();

            assertThat(c.unsubscribe(sub, "busy", false)).isEmpty();
            server.advance(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(2)).until(() -> server.server().core().channels().get("busy") == null);

            assertThat(c.publish("idle", "again").getError()).isEmpty();
            assertThat(server.server().core().channels().get("idle").messages().last()).isEqualTo(1);
        }
    }
}
