package io.jstan.streaming.monitor;

import io.jstan.nats.NatsServer;
import io.jstan.nats.monitor.MonitorReply;

/** Adds upstream's {@code /streaming/*} endpoints to the embedded NATS server's monitoring port. */
public final class StreamingMonitor {

    private static final String INDEX = """
            <html lang="en">
               <head>
                <title>NATS Streaming Server</title>
              </head>
              <body>
                <a href=./streaming/serverz>serverz</a><br/>
                <a href=./streaming/storez>storez</a><br/>
                <a href=./streaming/clientsz>clientsz</a><br/>
                <a href=./streaming/channelsz>channelsz</a><br/>
                <br/>
                <a href=https://docs.nats.io/legacy/stan/nats-streaming-server/monitoring>help</a>
              </body>
            </html>
            """;

    private StreamingMonitor() {
    }

    /** Call before the NATS server listens; the paths are fixed, as upstream's. */
    public static void register(NatsServer nats, MonitorContext context) {
        nats.addMonitorEndpoint("/streaming", query -> MonitorReply.html(INDEX));
        nats.addMonitorEndpoint("/streaming/serverz", new ServerzEndpoint(context)::answer);
        nats.addMonitorEndpoint("/streaming/storez", new StorezEndpoint(context)::answer);
        nats.addMonitorEndpoint("/streaming/clientsz", new ClientszEndpoint(context)::answer);
        nats.addMonitorEndpoint("/streaming/channelsz", new ChannelszEndpoint(context)::answer);
        // Only an active fault-tolerant server answers 200; a standalone one is never FT active.
        nats.addMonitorEndpoint("/streaming/isFTActive", query -> MonitorReply.empty(204));
    }
}
