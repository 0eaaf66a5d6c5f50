package io.jstan.nats.monitor;

import java.util.List;

/** The {@code offset} and {@code limit} of list endpoints, clamped as upstream clamps them. */
record Paging(int offset, int limit) {

    /** Upstream's default page size for connections and subscriptions. */
    static final int DEFAULT_LIMIT = 1024;

    static Paging read(QueryParams query) throws BadRequestException {
        int offset = Math.max(0, query.integer("offset"));
        int limit = query.integer("limit");
        return new Paging(offset, limit <= 0 ? DEFAULT_LIMIT : limit);
    }

    Paging withLimit(int newLimit) {
        return new Paging(offset, newLimit);
    }

    <T> List<T> page(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) offset + limit, all.size());
        return all.subList(from, to);
    }
}
