package io.jstan.nats.monitor;

import io.jstan.nats.NatsServer;
import io.jstan.nats.NatsServerOptions;
import io.jstan.nats.server.ServerInfo;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a real server with a known workload (two named clients, three subscriptions, three
 * messages, two closed connections) and reads every monitoring endpoint over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class MonitorServerTest {

    private static final String RFC3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z";
    private static final String UPTIME = "(\\d+y)?(\\d+d)?(\\d+h)?(\\d+m)?\\d+s";

    private final HttpClient http = HttpClient.newHttpClient();
    private NatsServer server;
    private Connection alpha;
    private Connection beta;
    private long alphaCid;
    private long betaCid;

    @BeforeAll
    void startServerWithWorkload() throws Exception {
        NatsServerOptions options = new NatsServerOptions();
        options.host = "127.0.0.1";
        options.port = 0;
        options.httpPort = -1;
        server = new NatsServer(options);
        server.start();

        alpha = connect("alpha");
        beta = connect("beta");
        Subscription foo = alpha.subscribe("foo.*");
        alpha.subscribe("bar", "workers");
        alpha.subscribe("baz.>");
        alpha.flush(Duration.ofSeconds(2));
        for (int i = 0; i < 3; i++) {
            beta.publish("foo.x", "hello".getBytes(StandardCharsets.UTF_8));
        }
        beta.flush(Duration.ofSeconds(2));
        for (int i = 0; i < 3; i++) {
            assertThat(foo.nextMessage(Duration.ofSeconds(2))).isNotNull();
        }
        alphaCid = connz("").connections().get(0).get("cid") instanceof Long cid ? cid : -1;
        betaCid = alphaCid + 1;

        connect("gamma").close();
        closeWithPayloadViolation();
        waitForClosed(2);
    }

    @AfterAll
    void stop() throws Exception {
        alpha.close();
        beta.close();
        server.close();
    }

    // ---- /varz ----

    @Test
    void varzReportsIdentityLimitsAndTraffic() throws Exception {
        HttpResponse<String> response = get("/varz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.body()).startsWith("{\n  \"server_id\": \"");

        Map<String, Object> varz = TestJson.object(response.body());
        assertThat(varz.get("server_id")).isEqualTo(server.context().info().serverId());
        assertThat(varz.get("server_name")).isInstanceOf(String.class);
        assertThat(varz.get("version")).isEqualTo(ServerInfo.NATS_VERSION);
        assertThat(varz.get("proto")).isEqualTo(1L);
        assertThat(varz.get("port")).isEqualTo((long) server.port());
        assertThat(varz.get("http_port")).isEqualTo((long) server.httpPort());
        assertThat(varz.get("max_payload")).isEqualTo(1048576L);
        assertThat(varz.get("max_connections")).isEqualTo(65536L);
        assertThat(varz.get("ping_interval")).isEqualTo(120_000_000_000L);
        assertThat(varz.get("write_deadline")).isEqualTo(10_000_000_000L);
        assertThat(varz.get("auth_timeout")).isEqualTo(2L);
        assertThat(varz.get("tls_timeout")).isEqualTo(2L);
        assertThat(varz).doesNotContainKeys("auth_required", "tls_required", "max_subscriptions");
        for (String unused : List.of("cluster", "gateway", "leaf", "mqtt", "websocket", "jetstream")) {
            assertThat(varz.get(unused)).isEqualTo(Map.of());
        }
        assertThat((String) varz.get("start")).matches(RFC3339);
        assertThat((String) varz.get("now")).matches(RFC3339);
        assertThat((String) varz.get("uptime")).matches(UPTIME);
        assertThat((Long) varz.get("mem")).isPositive();
        assertThat((Long) varz.get("cores")).isPositive();
        assertThat(varz.get("gomaxprocs")).isEqualTo(varz.get("cores"));
        assertThat(varz.get("cpu")).isInstanceOf(Number.class);
        assertThat(varz.get("connections")).isEqualTo(2L);
        assertThat(varz.get("total_connections")).isEqualTo(4L);
        assertThat(varz.get("routes")).isEqualTo(0L);
        assertThat(varz.get("in_msgs")).isEqualTo(3L);
        assertThat(varz.get("out_msgs")).isEqualTo(3L);
        assertThat(varz.get("in_bytes")).isEqualTo(15L);
        assertThat(varz.get("out_bytes")).isEqualTo(15L);
        assertThat(varz.get("slow_consumers")).isEqualTo(0L);
        assertThat(varz.get("subscriptions")).isEqualTo(3L);
        assertThat(map(varz.get("http_req_stats"))).containsKey("/varz");
    }

    @Test
    void requestsAreCountedPerPathWithTheAliasUnderSubsz() throws Exception {
        long before = requestCount("/subsz");
        get("/subscriptionsz");
        get("/subsz");
        assertThat(requestCount("/subsz")).isEqualTo(before + 2);
    }

    // ---- /connz ----

    @Test
    void connzListsOpenConnectionsByCid() throws Exception {
        Connz connz = connz("");
        assertThat(connz.body()).containsEntry("num_connections", 2L).containsEntry("total", 2L)
                .containsEntry("offset", 0L).containsEntry("limit", 1024L);
        assertThat(connz.body().get("server_id")).isEqualTo(server.context().info().serverId());
        assertThat(connz.cids()).containsExactly(alphaCid, betaCid);

        Map<String, Object> first = connz.connections().get(0);
        assertThat(first).containsEntry("kind", "Client").containsEntry("type", "nats")
                .containsEntry("ip", "127.0.0.1").containsEntry("name", "alpha").containsEntry("lang", "java")
                .containsEntry("subscriptions", 3L).containsEntry("out_msgs", 3L).containsEntry("out_bytes", 15L)
                .containsEntry("in_msgs", 0L).containsEntry("pending_bytes", 0L)
                .doesNotContainKeys("stop", "reason", "subscriptions_list", "authorized_user", "tls_version");
        assertThat((String) first.get("start")).matches(RFC3339);
        assertThat((String) first.get("last_activity")).matches(RFC3339);
        assertThat((String) first.get("uptime")).matches(UPTIME);
        assertThat((String) first.get("idle")).matches(UPTIME);
        assertThat((String) first.get("rtt")).matches("[0-9.]+(ns|µs|ms|s)");
        assertThat(connz.connections().get(1)).containsEntry("name", "beta").containsEntry("in_msgs", 3L)
                .containsEntry("in_bytes", 15L).containsEntry("subscriptions", 0L);
    }

    @Test
    void connzSortsDescendingByTraffic() throws Exception {
        assertThat(connz("?sort=msgs_from").cids()).containsExactly(betaCid, alphaCid);
        assertThat(connz("?sort=bytes_from").cids()).containsExactly(betaCid, alphaCid);
        assertThat(connz("?sort=msgs_to").cids()).containsExactly(alphaCid, betaCid);
        assertThat(connz("?sort=subs").cids()).containsExactly(alphaCid, betaCid);
        assertThat(connz("?sort=start").cids()).containsExactly(alphaCid, betaCid);
        for (String sort : List.of("cid", "pending", "bytes_to", "last", "idle", "uptime", "rtt")) {
            assertThat(connz("?sort=" + sort).cids()).as(sort).containsExactlyInAnyOrder(alphaCid, betaCid);
        }
    }

    @Test
    void connzPagesAndFiltersByCid() throws Exception {
        Connz second = connz("?offset=1&limit=1");
        assertThat(second.body()).containsEntry("num_connections", 1L).containsEntry("total", 2L)
                .containsEntry("offset", 1L).containsEntry("limit", 1L);
        assertThat(second.cids()).containsExactly(betaCid);
        assertThat(connz("?offset=5").cids()).isEmpty();
        assertThat(connz("?cid=" + betaCid).cids()).containsExactly(betaCid);
        assertThat(connz("?cid=9999").cids()).isEmpty();
    }

    @Test
    void connzShowsSubscriptionsAsSubjectsOrDetails() throws Exception {
        Map<String, Object> plain = connz("?subs=1&cid=" + alphaCid).connections().get(0);
        assertThat(list(plain.get("subscriptions_list"))).containsExactlyInAnyOrder("foo.*", "bar", "baz.>");
        assertThat(plain).doesNotContainKey("subscriptions_list_detail");

        Map<String, Object> detailed = connz("?subs=detail&cid=" + alphaCid).connections().get(0);
        assertThat(detailed).doesNotContainKey("subscriptions_list");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> details = (List<Map<String, Object>>) detailed.get("subscriptions_list_detail");
        assertThat(details).hasSize(3);
        Map<String, Object> foo = details.stream().filter(d -> d.get("subject").equals("foo.*")).findFirst().orElseThrow();
        assertThat(foo).containsEntry("msgs", 3L).containsEntry("cid", alphaCid).containsKey("sid")
                .doesNotContainKeys("qgroup", "max", "account");
        Map<String, Object> bar = details.stream().filter(d -> d.get("subject").equals("bar")).findFirst().orElseThrow();
        assertThat(bar).containsEntry("qgroup", "workers").containsEntry("msgs", 0L);
    }

    @Test
    void connzShowsAccountWithAuth() throws Exception {
        assertThat(connz("?auth=true").connections().get(0)).containsEntry("account", "$G")
                .doesNotContainKey("authorized_user");
        assertThat(connz("?acc=$G").cids()).hasSize(2);
        assertThat(connz("?acc=other").cids()).isEmpty();
    }

    @Test
    void connzKeepsClosedConnectionsWithReasons() throws Exception {
        Connz closed = connz("?state=closed");
        assertThat(closed.body()).containsEntry("total", 2L);
        Map<String, Object> gamma = closed.connections().get(0);
        assertThat(gamma).containsEntry("name", "gamma").containsEntry("reason", "Client Closed");
        assertThat((String) gamma.get("stop")).matches(RFC3339);
        assertThat(closed.connections().get(1)).containsEntry("reason", "Maximum Message Payload Exceeded");

        assertThat(connz("?state=closed&sort=reason").connections()).extracting(c -> c.get("reason"))
                .containsExactly("Client Closed", "Maximum Message Payload Exceeded");
        List<Long> byStop = connz("?state=closed&sort=stop").cids();
        assertThat(byStop).containsExactly(closed.cids().get(1), closed.cids().get(0));
        assertThat(connz("?state=any").body()).containsEntry("total", 4L);
        assertThat(connz("?state=all").body()).containsEntry("total", 4L);
        assertThat(connz("?state=open").body()).containsEntry("total", 2L);
    }

    @Test
    void connzRejectsBadParameters() throws Exception {
        assertBadRequest("/connz?sort=bogus", "invalid sorting option: bogus");
        assertBadRequest("/connz?sort=stop", "sort by stop only valid on closed connections");
        assertBadRequest("/connz?sort=reason&state=any", "sort by reason only valid on closed connections");
        assertBadRequest("/connz?state=weird", "Error decoding state for weird");
        assertBadRequest("/connz?limit=abc", "Error decoding int for 'limit'");
        assertBadRequest("/connz?subs=maybe", "Error decoding boolean for 'subs'");
        assertBadRequest("/connz?cid=-1", "Error decoding uint64 for 'cid'");
    }

    // ---- /subsz ----

    @Test
    void subszGivesStatisticsAndOnRequestTheSubscriptions() throws Exception {
        Map<String, Object> stats = json("/subsz");
        assertThat(stats).containsKeys("server_id", "now", "num_cache", "num_inserts", "num_removes", "num_matches",
                "cache_hit_rate", "max_fanout", "avg_fanout", "offset", "limit")
                .containsEntry("num_subscriptions", 3L).containsEntry("total", 0L)
                .doesNotContainKey("subscriptions_list");

        Map<String, Object> listed = json("/subsz?subs=1");
        assertThat(listed).containsEntry("total", 3L).containsEntry("limit", 1024L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> subs = (List<Map<String, Object>>) listed.get("subscriptions_list");
        assertThat(subs).extracting(s -> s.get("subject")).containsExactlyInAnyOrder("foo.*", "bar", "baz.>");
        assertThat(subs).allSatisfy(s -> assertThat(s).containsEntry("account", "$G").containsEntry("cid", alphaCid));

        Map<String, Object> paged = json("/subscriptionsz?subs=1&offset=1&limit=1");
        assertThat(paged).containsEntry("total", 3L).containsEntry("offset", 1L);
        assertThat(list(paged.get("subscriptions_list"))).hasSize(1);
    }

    @Test
    void subszTestsALiteralSubject() throws Exception {
        Map<String, Object> matching = json("/subsz?subs=1&test=foo.x");
        assertThat(matching).containsEntry("total", 1L);
        assertThat(list(matching.get("subscriptions_list"))).extracting(s -> map(s).get("subject"))
                .containsExactly("foo.*");
        assertThat(json("/subsz?subs=1&test=baz.a.b")).containsEntry("total", 1L);
        assertThat(json("/subsz?subs=1&test=nothing")).containsEntry("total", 0L)
                .doesNotContainKey("subscriptions_list");
        assertBadRequest("/subsz?subs=1&test=foo.*", "invalid test subject, must be valid publish subject: foo.*");
        assertBadRequest("/subsz?subs=yes", "Error decoding boolean for 'subs'");
    }

    // ---- /healthz, stubs, index, conventions ----

    @Test
    void healthzIsOk() throws Exception {
        HttpResponse<String> response = get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void stubsLookLikeAStandaloneServer() throws Exception {
        String id = server.context().info().serverId();
        assertThat(json("/routez")).containsEntry("server_id", id).containsEntry("num_routes", 0L)
                .containsEntry("routes", List.of()).containsKey("now");
        assertThat(json("/gatewayz")).containsEntry("outbound_gateways", Map.of())
                .containsEntry("inbound_gateways", Map.of());
        assertThat(json("/leafz")).containsEntry("leafnodes", 0L).containsEntry("leafs", null);
        assertThat(json("/accountz")).containsEntry("system_account", "$SYS")
                .containsEntry("accounts", List.of("$G", "$SYS"));
        Map<String, Object> jsz = json("/jsz");
        assertThat(jsz).containsEntry("disabled", true).containsEntry("streams", 0L)
                .containsEntry("config", Map.of("max_memory", 0L, "max_storage", 0L))
                .containsEntry("api", Map.of("total", 0L, "errors", 0L));
    }

    @Test
    void indexPageLinksTheEndpoints() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("href=./varz", "href=./connz", "href=./subsz", "href=./healthz");
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        HttpResponse<String> missing = get("/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(get("/varz/").statusCode()).isEqualTo(404);

        HttpRequest post = HttpRequest.newBuilder(uri("/varz")).POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    @Test
    void callbackWrapsTheAnswerAsJsonp() throws Exception {
        HttpResponse<String> response = get("/connz?callback=show");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/javascript");
        assertThat(response.body()).startsWith("show({\n").endsWith("})");
        assertThat(get("/varz?callback=alert(1)").statusCode()).isEqualTo(400);
    }

    // ---- requests and workload ----

    private record Connz(Map<String, Object> body) {

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> connections() {
            return (List<Map<String, Object>>) body.get("connections");
        }

        List<Long> cids() {
            return connections().stream().map(c -> (Long) c.get("cid")).toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private Connz connz(String query) throws Exception {
        return new Connz(json("/connz" + query));
    }

    private long requestCount(String path) throws Exception {
        Object count = map(json("/varz").get("http_req_stats")).get(path);
        return count == null ? 0 : (Long) count;
    }

    private Map<String, Object> json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return TestJson.object(response.body());
    }

    private void assertBadRequest(String path, String text) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).startsWith(text);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.httpPort() + path.replace("$", "%24"));
    }

    private Connection connect(String name) throws Exception {
        return Nats.connect(new Options.Builder().server("nats://127.0.0.1:" + server.port())
                .connectionName(name).connectionTimeout(Duration.ofSeconds(5)).build());
    }

    /** A raw client announcing a payload above max_payload, which the server closes. */
    private void closeWithPayloadViolation() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            out.write("CONNECT {\"verbose\":false}\r\nPUB foo 2000000\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (in.read() >= 0) {
                // drain INFO and -ERR until the server closes
            }
        }
    }

    private void waitForClosed(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.context().connections().closed().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(server.context().connections().closed()).hasSize(count);
    }
}
