package io.jstan.nats.monitor;

import java.time.Instant;
import java.util.Comparator;

/** The {@code sort} options of {@code /connz}; ties fall back to ascending connection id. */
enum ConnzSort {
    CID("cid", Comparator.comparingLong(row -> row.info().cid())),
    START("start", Comparator.comparing(row -> row.info().start())),
    SUBS("subs", Comparator.<ConnRow>comparingInt(ConnRow::subscriptions).reversed()),
    PENDING("pending", Comparator.<ConnRow>comparingLong(row -> row.info().pendingBytes()).reversed()),
    MSGS_TO("msgs_to", Comparator.<ConnRow>comparingLong(row -> row.info().outMsgs()).reversed()),
    MSGS_FROM("msgs_from", Comparator.<ConnRow>comparingLong(row -> row.info().inMsgs()).reversed()),
    BYTES_TO("bytes_to", Comparator.<ConnRow>comparingLong(row -> row.info().outBytes()).reversed()),
    BYTES_FROM("bytes_from", Comparator.<ConnRow>comparingLong(row -> row.info().inBytes()).reversed()),
    LAST("last", Comparator.<ConnRow, Instant>comparing(row -> row.info().lastActivity()).reversed()),
    IDLE("idle", Comparator.comparing(ConnRow::idle).reversed()),
    UPTIME("uptime", Comparator.comparing(ConnRow::uptime).reversed()),
    RTT("rtt", Comparator.<ConnRow>comparingLong(row -> row.info().rttNanos()).reversed()),
    STOP("stop", Comparator.<ConnRow, Instant>comparing(row -> row.info().stop()).reversed()),
    REASON("reason", Comparator.comparing(row -> row.info().reason()));

    private final String option;
    private final Comparator<ConnRow> order;

    ConnzSort(String option, Comparator<ConnRow> order) {
        this.option = option;
        this.order = order.thenComparingLong(row -> row.info().cid());
    }

    /** The option for a query value; cid when empty. */
    static ConnzSort parse(String value) throws BadRequestException {
        if (value.isEmpty()) {
            return CID;
        }
        for (ConnzSort sort : values()) {
            if (sort.option.equals(value)) {
                return sort;
            }
        }
        throw new BadRequestException("invalid sorting option: " + value);
    }

    /** Stop time and reason exist only for closed connections. */
    boolean closedOnly() {
        return this == STOP || this == REASON;
    }

    String option() {
        return option;
    }

    Comparator<ConnRow> order() {
        return order;
    }
}
