package io.jstan.server.config;

/** A {@code host:port} or a bare port, as the NATS {@code listen} and {@code http} keys take. */
record HostPort(String host, int port) {

    static HostPort of(Entry entry) throws ConfigException {
        if (entry.node().value() instanceof Long) {
            return new HostPort(null, entry.int32());
        }
        String text = entry.string();
        int colon = text.lastIndexOf(':');
        try {
            if (colon < 0) {
                return new HostPort(null, Integer.parseInt(text));
            }
            String host = text.substring(0, colon);
            return new HostPort(host.isEmpty() ? null : host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw ConfigException.at(entry.node().position(),
                    "could not parse address string \"" + text + "\" for \"" + entry.key() + "\"");
        }
    }
}
