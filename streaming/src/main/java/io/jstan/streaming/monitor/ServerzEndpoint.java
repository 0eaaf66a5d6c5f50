package io.jstan.streaming.monitor;

import com.sun.management.UnixOperatingSystemMXBean;
import io.jstan.nats.monitor.Durations;
import io.jstan.nats.monitor.MonitorReply;
import io.jstan.nats.monitor.Rfc3339;
import io.jstan.streaming.StreamingServer;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** {@code /streaming/serverz}: identity, state, uptime, counts and traffic of the server. */
final class ServerzEndpoint {

    private final MonitorContext context;

    ServerzEndpoint(MonitorContext context) {
        this.context = context;
    }

    MonitorReply answer(Map<String, List<String>> query) {
        List<ChannelView> channels = EngineSnapshot.channels(context.core());
        Traffic traffic = context.core().traffic();
        Instant now = Instant.now();
        Map<String, Object> out = context.header();
        out.remove("now"); // upstream puts it after the version and state
        out.put("version", StreamingServer.VERSION);
        out.put("go", "java" + System.getProperty("java.version"));
        out.put("state", "STANDALONE");
        out.put("now", Rfc3339.format(now, ZoneId.systemDefault()));
        out.put("start_time", Rfc3339.format(context.startTime(), ZoneId.systemDefault()));
        out.put("uptime", Durations.uptime(Duration.between(context.startTime(), now)));
        out.put("clients", context.core().clients().all().size());
        out.put("subscriptions", channels.stream().mapToInt(c -> c.subscriptions().size()).sum());
        out.put("channels", channels.size());
        out.put("total_msgs", channels.stream().mapToLong(ChannelView::msgs).sum());
        out.put("total_bytes", channels.stream().mapToLong(ChannelView::bytes).sum());
        out.put("in_msgs", traffic.inMsgs());
        out.put("in_bytes", traffic.inBytes());
        out.put("out_msgs", traffic.outMsgs());
        out.put("out_bytes", traffic.outBytes());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
            putIfPositive(out, "open_fds", unix.getOpenFileDescriptorCount());
            putIfPositive(out, "max_fds", unix.getMaxFileDescriptorCount());
        }
        return MonitorReply.json(out);
    }

    private static void putIfPositive(Map<String, Object> out, String name, long value) {
        if (value > 0) {
            out.put(name, value);
        }
    }
}
