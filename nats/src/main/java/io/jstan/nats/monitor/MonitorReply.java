package io.jstan.nats.monitor;

/** The answer of a {@link MonitorExtension}: status, content type and body. */
public record MonitorReply(int status, String contentType, String body) {

    static final String JSON = "application/json";

    /** 200 with a response tree (ordered maps, lists, strings, numbers, booleans) as pretty JSON. */
    public static MonitorReply json(Object tree) {
        return new MonitorReply(200, JSON, MonitorJson.pretty(tree));
    }

    /** A plain-text answer such as upstream's 404 {@code Client <id> not found}. */
    public static MonitorReply text(int status, String body) {
        return new MonitorReply(status, "text/plain; charset=utf-8", body);
    }

    public static MonitorReply html(String body) {
        return new MonitorReply(200, "text/html; charset=utf-8", body);
    }

    /** A status with no body, as {@code /streaming/isFTActive} answers. */
    public static MonitorReply empty(int status) {
        return new MonitorReply(status, null, "");
    }
}
