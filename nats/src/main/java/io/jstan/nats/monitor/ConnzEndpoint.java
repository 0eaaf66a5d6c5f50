package io.jstan.nats.monitor;

import io.jstan.nats.server.ClientConnection;
import io.jstan.nats.server.ConnectionInfo;
import io.jstan.nats.server.ConnectionInfo.SubscriptionInfo;
import io.jstan.nats.server.ServerContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /connz}: open and recently closed client connections, filtered, sorted and paged. */
final class ConnzEndpoint implements Endpoint {

    private final ServerContext context;

    ConnzEndpoint(ServerContext context) {
        this.context = context;
    }

    /** What one request asks for, read and checked before any connection is looked at. */
    private record Request(ConnzSort sort, ConnState state, boolean subs, boolean subsDetail, boolean auth,
                           Paging paging, long cid, String user, String account) {

        static Request read(QueryParams query) throws BadRequestException {
            ConnzSort sort = ConnzSort.parse(query.string("sort"));
            boolean auth = query.bool("auth");
            boolean detail = query.string("subs").toLowerCase(Locale.ROOT).equals("detail");
            boolean subs = !detail && query.bool("subs");
            Paging paging = Paging.read(query);
            long cid = query.unsigned("cid");
            ConnState state = ConnState.parse(query.string("state"));
            if (sort.closedOnly() && state != ConnState.CLOSED) {
                throw new BadRequestException("sort by " + sort.option() + " only valid on closed connections");
            }
            if (cid > 0) {
                paging = paging.withLimit(1);
            }
            return new Request(sort, state, subs, detail, auth, paging, cid,
                    query.string("user"), query.string("acc"));
        }

        boolean wants(ConnectionInfo info) {
            return (cid == 0 || info.cid() == cid)
                    && (user.isEmpty() || user.equals(info.authorizedUser()))
                    && (account.isEmpty() || account.equals(StubEndpoints.GLOBAL_ACCOUNT));
        }
    }

    @Override
    public Object respond(QueryParams query) throws BadRequestException {
        Request request = Request.read(query);
        Instant now = Instant.now();
        List<ConnRow> rows = collect(request, now);
        rows.sort(request.sort().order());
        List<ConnRow> page = request.paging().page(rows);

        List<Object> connections = new ArrayList<>(page.size());
        for (ConnRow row : page) {
            connections.add(connInfo(row, request));
        }
        Map<String, Object> connz = new LinkedHashMap<>();
        connz.put("server_id", context.info().serverId());
        connz.put("now", Rfc3339.format(now));
        connz.put("num_connections", page.size());
        connz.put("total", rows.size());
        connz.put("offset", request.paging().offset());
        connz.put("limit", request.paging().limit());
        connz.put("connections", connections);
        return connz;
    }

    /** Snapshots the wanted connections; one that closes meanwhile is shown once, as closed. */
    private List<ConnRow> collect(Request request, Instant now) {
        Map<Long, ConnRow> byCid = new LinkedHashMap<>();
        if (request.state().includesOpen()) {
            boolean withSubs = request.subs() || request.subsDetail();
            for (ClientConnection connection : context.connections().open()) {
                ConnectionInfo info = connection.snapshot(withSubs);
                if (request.wants(info)) {
                    byCid.put(info.cid(), ConnRow.open(info, connection.subscriptionCount(), now));
                }
            }
        }
        if (request.state().includesClosed()) {
            for (ConnectionInfo info : context.connections().closed()) {
                if (request.wants(info)) {
                    byCid.put(info.cid(), ConnRow.closed(info));
                }
            }
        }
        return new ArrayList<>(byCid.values());
    }

    private static Map<String, Object> connInfo(ConnRow row, Request request) {
        ConnectionInfo info = row.info();
        Map<String, Object> conn = new LinkedHashMap<>();
        conn.put("cid", info.cid());
        conn.put("kind", "Client");
        conn.put("type", "nats");
        conn.put("ip", info.ip());
        conn.put("port", info.port());
        conn.put("start", Rfc3339.format(info.start()));
        conn.put("last_activity", Rfc3339.format(info.lastActivity()));
        if (info.stop() != null) {
            conn.put("stop", Rfc3339.format(info.stop()));
        }
        putIfSet(conn, "reason", info.reason());
        conn.put("rtt", Durations.go(rtt(info.rttNanos())));
        conn.put("uptime", Durations.uptime(row.uptime()));
        conn.put("idle", Durations.uptime(row.idle()));
        conn.put("pending_bytes", info.pendingBytes());
        conn.put("in_msgs", info.inMsgs());
        conn.put("out_msgs", info.outMsgs());
        conn.put("in_bytes", info.inBytes());
        conn.put("out_bytes", info.outBytes());
        conn.put("subscriptions", row.subscriptions());
        putIfSet(conn, "name", info.name());
        putIfSet(conn, "lang", info.lang());
        putIfSet(conn, "version", info.version());
        putIfSet(conn, "tls_version", info.tlsVersion());
        putIfSet(conn, "tls_cipher_suite", info.tlsCipherSuite());
        if (request.auth()) {
            putIfSet(conn, "authorized_user", info.authorizedUser());
            conn.put("account", StubEndpoints.GLOBAL_ACCOUNT);
        }
        List<SubscriptionInfo> subscriptions = info.subscriptions();
        if (!subscriptions.isEmpty() && request.subsDetail()) {
            List<Object> details = new ArrayList<>(subscriptions.size());
            for (SubscriptionInfo subscription : subscriptions) {
                details.add(SubDetails.of(subscription, false));
            }
            conn.put("subscriptions_list_detail", details);
        } else if (!subscriptions.isEmpty() && request.subs()) {
            List<Object> subjects = new ArrayList<>(subscriptions.size());
            for (SubscriptionInfo subscription : subscriptions) {
                subjects.add(subscription.subject());
            }
            conn.put("subscriptions_list", subjects);
        }
        return conn;
    }

    /** Like upstream, a sub-millisecond round trip is shown to the microsecond. */
    private static long rtt(long nanos) {
        return nanos > 1_000 && nanos < 1_000_000 ? nanos / 1_000 * 1_000 : nanos;
    }

    private static void putIfSet(Map<String, Object> map, String name, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(name, value);
        }
    }
}
