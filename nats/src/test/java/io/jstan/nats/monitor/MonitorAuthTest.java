package io.jstan.nats.monitor;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Monitoring of a server that requires a user and password. */
@Timeout(30)
class MonitorAuthTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void showsAuthRequiredAndTheAuthorizedUserOnRequest() throws Exception {
        NatsServerOptions options = new NatsServerOptions();
        options.host = "127.0.0.1";
        options.port = 0;
        options.httpPort = -1;
        options.username = "derek";
        options.password = "s3cr3t";
        try (NatsServer server = new NatsServer(options)) {
            server.start();
            try (Connection client = Nats.connect(new Options.Builder()
                    .server("nats://127.0.0.1:" + server.port()).userInfo("derek", "s3cr3t")
                    .connectionTimeout(Duration.ofSeconds(5)).build())) {
                assertThat(get(server, "/varz")).containsEntry("auth_required", true);

                Map<String, Object> withAuth = firstConnection(get(server, "/connz?auth=1"));
                assertThat(withAuth).containsEntry("authorized_user", "derek").containsEntry("account", "$G");
                assertThat(firstConnection(get(server, "/connz"))).doesNotContainKeys("authorized_user", "account");
                assertThat(connections(get(server, "/connz?user=derek"))).hasSize(1);
                assertThat(connections(get(server, "/connz?user=nobody"))).isEmpty();
            }
        }
    }

    private static Map<String, Object> firstConnection(Map<String, Object> connz) {
        return connections(connz).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> connections(Map<String, Object> connz) {
        return (List<Map<String, Object>>) connz.get("connections");
    }

    private Map<String, Object> get(NatsServer server, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return TestJson.object(response.body());
    }
}
