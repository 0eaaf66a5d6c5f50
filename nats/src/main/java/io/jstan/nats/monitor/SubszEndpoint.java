package io.jstan.nats.monitor;

import io.jstan.nats.subjects.SubjectPattern;

import io.jstan.nats.server.ConnectionInfo.SubscriptionInfo;
import io.jstan.nats.server.ServerContext;
import io.jstan.nats.server.Subscription;
import io.jstan.nats.subjects.SubjectIndex;
import io.jstan.nats.subjects.Subjects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /subsz} and {@code /subscriptionsz}: subscription index statistics and, on request, the subscriptions. */
final class SubszEndpoint implements Endpoint {

    private static final Comparator<SubscriptionInfo> ORDER =
            Comparator.comparingLong(SubscriptionInfo::cid).thenComparing(SubscriptionInfo::sid);

    private final ServerContext context;

    SubszEndpoint(ServerContext context) {
        this.context = context;
    }

    @Override
    public Object respond(QueryParams query) throws BadRequestException {
        boolean list = query.bool("subs");
        Paging paging = Paging.read(query);
        String test = query.string("test");
        if (!test.isEmpty() && !Subjects.isValidPublishSubject(test)) {
            throw new BadRequestException("invalid test subject, must be valid publish subject: " + test);
        }
        String account = query.string("acc");
        boolean accountKnown = account.isEmpty() || account.equals(StubEndpoints.GLOBAL_ACCOUNT);

        SubjectIndex<Subscription> index = context.router().index();
        Map<String, Object> subsz = new LinkedHashMap<>();
        subsz.put("server_id", context.info().serverId());
        subsz.put("now", Rfc3339.format(Instant.now()));
        subsz.put("num_subscriptions", accountKnown ? index.count() : 0);
        subsz.put("num_cache", accountKnown ? index.cacheSize() : 0);
        subsz.put("num_inserts", accountKnown ? index.numInserts() : 0);
        subsz.put("num_removes", accountKnown ? index.numRemoves() : 0);
        subsz.put("num_matches", accountKnown ? index.numMatches() : 0);
        subsz.put("cache_hit_rate", accountKnown ? index.cacheHitRate() : 0.0);
        subsz.put("max_fanout", accountKnown ? index.maxFanout() : 0);
        subsz.put("avg_fanout", accountKnown ? index.avgFanout() : 0.0);

        List<SubscriptionInfo> matching = new ArrayList<>();
        if (list && accountKnown) {
            for (Subscription subscription : index.snapshot()) {
                if (test.isEmpty() || SubjectPattern.matches(subscription.subject(), test)) {
                    matching.add(new SubscriptionInfo(subscription.subject(), subscription.queue(),
                            subscription.sid(), subscription.delivered(), subscription.max(),
                            subscription.client().cid()));
                }
            }
            matching.sort(ORDER);
        }
        // The envelope is always sent; upstream's newer versions do the same.
        subsz.put("total", matching.size());
        subsz.put("offset", paging.offset());
        subsz.put("limit", paging.limit());
        List<SubscriptionInfo> page = paging.page(matching);
        if (!page.isEmpty()) {
            List<Object> details = new ArrayList<>(page.size());
            for (SubscriptionInfo subscription : page) {
                details.add(SubDetails.of(subscription, true));
            }
            subsz.put("subscriptions_list", details);
        }
        return subsz;
    }
}
