package io.jstan.streaming.monitor;

import io.jstan.streaming.channels.Channel;
import io.jstan.streaming.core.StreamingCore;
import io.jstan.streaming.subscriptions.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes read-only views of the channels: each channel is read by a task on its own worker, so
 * the view is consistent per channel and no engine state is touched from the HTTP thread.
 */
public final class EngineSnapshot {

    /** A worker busy longer than this makes the request fail rather than hang. */
    private static final long TIMEOUT_SECONDS = 5;

    private EngineSnapshot() {
    }

    /** All channels, sorted by name. */
    public static List<ChannelView> channels(StreamingCore core) {
        List<CompletableFuture<ChannelView>> views = new ArrayList<>();
        for (Channel channel : core.channels().all()) {
            CompletableFuture<ChannelView> view = new CompletableFuture<>();
            channel.worker().execute(() -> view.complete(read(channel)));
            views.add(view);
        }
        List<ChannelView> out = new ArrayList<>(views.size());
        for (CompletableFuture<ChannelView> view : views) {
            out.add(await(view));
        }
        out.sort(Comparator.comparing(ChannelView::name));
        return out;
    }

    private static ChannelView read(Channel channel) {
        List<SubscriptionView> subs = new ArrayList<>();
        for (Subscription s : channel.subscriptions().all()) {
            subs.add(SubscriptionView.of(s));
        }
        var log = channel.messages();
        return new ChannelView(channel.name(), log.count(), log.bytes(), log.first(), log.last(), subs);
    }

    private static ChannelView await(CompletableFuture<ChannelView> view) {
        try {
            return view.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Error getting information about channels state: " + e, e);
        }
    }
}
