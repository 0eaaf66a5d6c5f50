package io.jstan.streaming.protocol;

/**
 * Every error text the server sends to clients, byte for byte as upstream sends them (the odd
 * spellings and the missing {@code stan: } prefixes included: client test suites compare them).
 */
public final class ServerErrors {

    public static final String INVALID_CONNECTION_REQUEST = "stan: invalid connection request";
    public static final String INVALID_CLIENT_ID =
            "stan: invalid clientID: only alphanumeric and `-` or `_` characters allowed";
    public static final String CLIENT_ID_REGISTERED = "stan: clientID already registered";
    public static final String INVALID_PUBLISH_REQUEST = "stan: invalid publish request";
    public static final String TOO_MANY_CHANNELS = "too many channels";
    public static final String INVALID_SUBSCRIPTION_REQUEST = "stan: invalid subscription request";
    public static final String CLIENT_ID_MISSING = "stan: clientID missing";
    public static final String INVALID_ACK_WAIT = "stan: invalid ack wait time, should be >= 1s";
    public static final String INVALID_MAX_IN_FLIGHT = "stan: invalid MaxInflight, should be >= 1";
    public static final String INVALID_START_POSITION = "stan: invalid start position";
    public static final String INVALID_SUBJECT = "stan: invalid subject";
    public static final String UNKNOWN_CLIENT_ID = "stan: unknown clientID";
    public static final String DURABLE_QUEUE_NAME_HAS_COLON =
            "stan: durable name of a durable queue subscriber can't contain the character ':'";
    public static final String DUPLICATE_DURABLE = "stan: duplicate durable registration";
    public static final String TOO_MANY_SUBSCRIPTIONS = "too many subscriptions per channel";
    public static final String INVALID_UNSUBSCRIBE_REQUEST = "stan: invalid unsubscribe request";
    public static final String UNKNOWN_CHANNEL = "stan: unknown channel";
    public static final String INVALID_SUBSCRIPTION = "stan: invalid subscription";
    public static final String INVALID_CLOSE_REQUEST = "stan: invalid close request";
    public static final String CLIENT_REPLACED = "client has been replaced or is no longer registered";

    private ServerErrors() {
    }

    /** Two channel names that differ only by case cannot coexist. */
    public static String channelCaseConflict(String newName, String existing) {
        return "rejecting channel " + GoQuote.quote(newName) + " because channel " + GoQuote.quote(existing)
                + " alreay exists (different cases not allowed)";
    }
}
