package io.jstan.store.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.store.ChannelLimits;
import io.jstan.store.Store;
import io.jstan.store.StoreContractTest;
import io.jstan.store.StoreException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryStoreTest extends StoreContractTest {

    @Override
    protected Store newStore(Path directory) {
        return new MemoryStore();
    }

    @Test
    void theTypeIsMemory() {
        assertThat(store.type()).isEqualTo("MEMORY");
    }

    @Test
    void aChannelNameInUseIsRefused() throws StoreException {
        store.createChannel("foo", ChannelLimits.UNLIMITED);

        assertThatThrownBy(() -> store.createChannel("foo", ChannelLimits.UNLIMITED))
                .isInstanceOf(StoreException.class);
    }
}
