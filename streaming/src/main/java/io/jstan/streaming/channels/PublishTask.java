package io.jstan.streaming.channels;

import com.google.protobuf.ByteString;
import io.jstan.streaming.workers.Worker;

/** An accepted publish on its way to the channel's worker, where it joins the current batch. */
final class PublishTask implements Worker.Batched {

    final PublishBatch batch;
    final String channel;
    final String guid;
    final String reply;
    final ByteString data;
    final String replyTo;

    PublishTask(PublishBatch batch, String channel, String guid, String reply, ByteString data, String replyTo) {
        this.batch = batch;
        this.channel = channel;
        this.guid = guid;
        this.reply = reply;
        this.data = data;
        this.replyTo = replyTo;
    }

    @Override
    public void run() {
        batch.stage(this);
    }
}
