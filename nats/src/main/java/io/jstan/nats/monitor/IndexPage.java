package io.jstan.nats.monitor;

import io.jstan.nats.server.ServerInfo;

/** The HTML page at {@code /}: the version and a link to each monitoring endpoint. */
final class IndexPage {

    private static final String[][] LINKS = {
            {"varz", "General"},
            {"jsz", "JetStream"},
            {"connz", "Connections"},
            {"accountz", "Accounts"},
            {"subsz", "Subscriptions"},
            {"routez", "Routes"},
            {"leafz", "LeafNodes"},
            {"gatewayz", "Gateways"},
            {"healthz", "Health Probe"},
    };

    private IndexPage() {
    }

    static String html() {
        StringBuilder page = new StringBuilder(1024)
                .append("<html lang=\"en\">\n<head>\n<title>jstan monitoring</title>\n</head>\n<body>\n")
                .append("<h1>jstan v").append(ServerInfo.NATS_VERSION).append("</h1>\n");
        for (String[] link : LINKS) {
            page.append("<a href=./").append(link[0]).append('>').append(link[1]).append("</a><br/>\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }
}
