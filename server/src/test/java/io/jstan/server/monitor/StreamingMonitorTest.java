package io.jstan.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jstan.nats.NatsServerOptions;
import io.jstan.streaming.StreamingOptions;
import io.jstan.streaming.StreamingServer;
import io.nats.streaming.Options;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.StreamingConnectionFactory;
import io.nats.streaming.Subscription;
import io.nats.streaming.SubscriptionOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code /streaming/*} endpoints over a real socket, after a known workload: client
 * {@code me} publishes 3 messages on {@code foo} and 1 on {@code bar}, holds a plain and a
 * durable subscription on {@code foo} (acking nothing, max in flight 2); client {@code other}
 * had a durable on {@code bar} and closed it.
 */
class StreamingMonitorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static StreamingServer server;
    private static StreamingConnection me;
    private static StreamingConnection other;
    private static int httpPort;

    @BeforeAll
    static void workload() throws Exception {
        NatsServerOptions nats = new NatsServerOptions();
        nats.port = 0;
        nats.httpPort = -1;
        nats.host = "127.0.0.1";
        StreamingOptions streaming = new StreamingOptions();
        streaming.clusterId = "mon-cluster";
        streaming.maxMsgs = 500;
        StreamingOptions.ChannelLimitOverrides foo = new StreamingOptions.ChannelLimitOverrides();
        foo.maxMsgs = 0L;
        streaming.channelLimits.put("foo", foo);
        server = new StreamingServer(nats, streaming);
        server.start();
        httpPort = server.natsServer().httpPort();
        String url = "nats://127.0.0.1:" + server.port();

        me = connect("me", url);
        other = connect("other", url);
        CountDownLatch received = new CountDownLatch(4);
        me.subscribe("foo", m -> received.countDown(),
                new SubscriptionOptions.Builder().deliverAllAvailable().manualAcks().maxInFlight(2).build());
        me.subscribe("foo", "", m -> received.countDown(), new SubscriptionOptions.Builder()
                .durableName("dur").deliverAllAvailable().manualAcks().maxInFlight(2).build());
        Subscription otherDurable = other.subscribe("bar", m -> { }, new SubscriptionOptions.Builder()
                .durableName("odur").build());
        for (int i = 0; i < 3; i++) {
            me.publish("foo", ("msg" + i).getBytes());
        }
        me.publish("bar", "b".getBytes());
        otherDurable.close();
        assertThat(received.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static StreamingConnection connect(String clientId, String url) throws Exception {
        return new StreamingConnectionFactory(new Options.Builder().natsUrl(url).clusterId("mon-cluster")
                .clientId(clientId).build()).createConnection();
    }

    @AfterAll
    static void stop() throws Exception {
        me.close();
        other.close();
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        return response.body();
    }

    /** The top-level field names in order (two-space indentation). */
    private static List<String> topFields(String body) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \"([a-z_]+)\":").matcher(body);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void serverz() throws Exception {
        String body = json("/streaming/serverz");
        assertThat(topFields(body)).containsExactly("cluster_id", "server_id", "version", "go", "state", "now",
                "start_time", "uptime", "clients", "subscriptions", "channels", "total_msgs", "total_bytes",
                "in_msgs", "in_bytes", "out_msgs", "out_bytes", "open_fds", "max_fds");
        assertThat(body).contains("\"cluster_id\": \"mon-cluster\"", "\"version\": \"0.25.6\"",
                "\"state\": \"STANDALONE\"", "\"clients\": 2", "\"subscriptions\": 3", "\"channels\": 2",
                "\"total_msgs\": 4", "\"in_msgs\": 4");
        // 2 + 2 on foo (max in flight 2, no acks) and 1 on bar
        assertThat(body).contains("\"out_msgs\": 5,");
        assertThat(body).containsPattern("\"uptime\": \"\\d+s\"");
        assertThat(body).containsPattern("\"now\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)\"");
    }

    @Test
    void storez() throws Exception {
        String body = json("/streaming/storez");
        assertThat(topFields(body)).containsExactly("cluster_id", "server_id", "now", "type", "limits",
                "total_msgs", "total_bytes");
        assertThat(body).contains("\"type\": \"MEMORY\"", "\"max_channels\": 100", "\"max_msgs\": 500",
                "\"max_bytes\": 1024000000", "\"max_age\": 0", "\"max_subscriptions\": 1000",
                "\"max_inactivity\": 0", "\"channels\": {", "\"foo\": {", "\"total_msgs\": 4");
        assertThat(body).containsPattern("\"foo\": \\{\\s+\"max_msgs\": 0,\\s+\"max_bytes\": 1024000000,");
    }

    @Test
    void clientsz() throws Exception {
        String body = json("/streaming/clientsz");
        assertThat(topFields(body)).containsExactly("cluster_id", "server_id", "now", "offset", "limit", "count",
                "total", "clients");
        assertThat(body).contains("\"limit\": 1024", "\"count\": 2", "\"total\": 2");
        assertThat(body.indexOf("\"id\": \"me\"")).isLessThan(body.indexOf("\"id\": \"other\""));
        assertThat(body).doesNotContain("\"subscriptions\"");

        String paged = json("/streaming/clientsz?offset=1&limit=1");
        assertThat(paged).contains("\"offset\": 1", "\"limit\": 1", "\"count\": 1", "\"total\": 2",
                "\"id\": \"other\"");

        String one = json("/streaming/clientsz?client=me&subs=1");
        assertThat(topFields(one)).containsExactly("id", "hb_inbox", "subs_count", "subscriptions");
        assertThat(one).contains("\"subs_count\": 2", "\"foo\": [", "\"durable_name\": \"dur\"");
        assertThat(json("/streaming/clientsz?client=me&subs=true")).doesNotContain("subscriptions");

        HttpResponse<String> missing = get("/streaming/clientsz?client=nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("Client nobody not found\n");
    }

    @Test
    void channelsz() throws Exception {
        String names = json("/streaming/channelsz");
        assertThat(topFields(names)).containsExactly("cluster_id", "server_id", "now", "offset", "limit", "count",
                "total", "names");
        assertThat(names).containsPattern("\"names\": \\[\\s+\"bar\",\\s+\"foo\"\\s+\\]");

        String full = json("/streaming/channelsz?subs=1&limit=1&offset=1");
        assertThat(topFields(full)).containsExactly("cluster_id", "server_id", "now", "offset", "limit", "count",
                "total", "channels");
        assertThat(full).contains("\"name\": \"foo\"", "\"msgs\": 3", "\"first_seq\": 1", "\"last_seq\": 3",
                "\"subs_count\": 2", "\"is_stalled\": true", "\"pending_count\": 2", "\"max_inflight\": 2",
                "\"ack_wait\": 30", "\"last_sent\": 2");

        String bar = json("/streaming/channelsz?channel=bar&subs=1");
        assertThat(topFields(bar)).containsExactly("name", "msgs", "bytes", "first_seq", "last_seq", "subs_count",
                "subscriptions");
        assertThat(bar).contains("\"client_id\": \"other\"", "\"durable_name\": \"odur\"", "\"is_durable\": true",
                "\"is_offline\": true");
        assertThat(bar).containsPattern("\"client_id\": \"other\",\\s+\"inbox\": \"[^\"]+\",\\s+\"ack_inbox\"");

        HttpResponse<String> missing = get("/streaming/channelsz?channel=nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("Channel nope not found\n");
    }

    @Test
    void indexJsonpAndFtProbe() throws Exception {
        HttpResponse<String> index = get("/streaming");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("./streaming/serverz", "./streaming/storez", "./streaming/clientsz",
                "./streaming/channelsz");

        HttpResponse<String> jsonp = get("/streaming/serverz?callback=cb");
        assertThat(jsonp.headers().firstValue("Content-Type")).contains("application/javascript");
        assertThat(jsonp.body()).startsWith("cb({").endsWith("})");

        HttpResponse<String> ft = get("/streaming/isFTActive");
        assertThat(ft.statusCode()).isEqualTo(204);
        assertThat(ft.body()).isEmpty();

        assertThat(json("/varz")).contains("\"server_id\"");
    }
}
