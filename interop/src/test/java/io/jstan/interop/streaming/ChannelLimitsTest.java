package io.jstan.interop.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nats.streaming.Message;
import io.nats.streaming.StreamingConnection;
import io.nats.streaming.Subscription;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Store limits set by command-line flags, one server per test (§7.3, §15.13, §15.15). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChannelLimitsTest {

  @Test
  void maxMsgsDropsTheOldestSilently() throws Exception {
    try (StanServer server = StanServer.launch("-mm", "5");
        StreamingConnection sc = server.connect(Stan.unique("client"))) {
      String channel = Stan.unique("chan");
      Stan.publish(sc, channel, 12);

      Received all = new Received();
      sc.subscribe(channel, all, Stan.all());
      List<Message> kept = all.next(5);
      assertThat(Stan.sequences(kept)).isEqualTo(Stan.range(8, 12));
      assertThat(kept).extracting(Stan::text).containsExactly("m8", "m9", "m10", "m11", "m12");
      all.expectNothing();

      Received fromDropped = new Received();
      sc.subscribe(channel, fromDropped, Stan.options().startAtSequence(2).build());
      assertThat(fromDropped.next().getSequence()).isEqualTo(8);

      // Sequences go on from the highest ever assigned.
      sc.publish(channel, Stan.payload(13));
      assertThat(all.next().getSequence()).isEqualTo(13);
    }
  }

  @Test
  void maxChannelsRefusesNewChannels() throws Exception {
    try (StanServer server = StanServer.launch("-mc", "2");
        StreamingConnection sc = server.connect(Stan.unique("client"))) {
      String a = Stan.unique("chan");
      String b = Stan.unique("chan");
      sc.publish(a, Stan.payload(1));
      sc.subscribe(b, new Received());

      assertThatThrownBy(() -> sc.publish(Stan.unique("chan"), Stan.payload(1)))
          .isInstanceOf(IOException.class).hasMessage("too many channels");
      assertThatThrownBy(() -> sc.subscribe(Stan.unique("chan"), new Received()))
          .isInstanceOf(IOException.class).hasMessage("too many channels");
      sc.publish(a, Stan.payload(2));
      sc.publish(b, Stan.payload(1));
    }
  }

  @Test
  void maxSubscriptionsRefusesNewSubscriptionsAndCountsOfflineDurables() throws Exception {
    try (StanServer server = StanServer.launch("-msu", "2");
        StreamingConnection sc = server.connect(Stan.unique("client"))) {
      String channel = Stan.unique("chan");
      Subscription durable = sc.subscribe(channel, new Received(),
          Stan.options().durableName("dur").build());
      durable.close(); // offline, but still a subscription of the channel
      Subscription plain = sc.subscribe(channel, new Received());

      assertThatThrownBy(() -> sc.subscribe(channel, new Received()))
          .isInstanceOf(IOException.class).hasMessage("too many subscriptions per channel");
      assertThatThrownBy(() -> sc.subscribe(channel, "g", new Received()))
          .isInstanceOf(IOException.class).hasMessage("too many subscriptions per channel");

      // Resuming the durable does not count again; a removed subscription frees its place.
      sc.subscribe(channel, new Received(), Stan.options().durableName("dur").build());
      plain.unsubscribe();
      sc.subscribe(channel, new Received());
      sc.subscribe(Stan.unique("chan"), new Received());
    }
  }
}
