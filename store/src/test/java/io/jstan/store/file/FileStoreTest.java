package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.store.ChannelLimits;
import io.jstan.store.Store;
import io.jstan.store.StoreContractTest;
import io.jstan.store.StoreException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileStoreTest extends StoreContractTest {

    @Override
    protected Store newStore(Path directory) {
        FileStoreOptions options = new FileStoreOptions();
        // Small slices and buffers, so the contract cases cross slice and buffer boundaries.
        options.sliceMaxBytes = 64 * 1024;
        options.bufferSize = 16 * 1024;
        options.readBufferSize = 8 * 1024;
        return new FileStore(directory, options);
    }

    @Override
    protected boolean persistent() {
        return true;
    }

    @Test
    void theTypeIsFile() {
        assertThat(store.type()).isEqualTo("FILE");
    }

    @Test
    void aChannelNameInUseIsRefused() throws StoreException {
        store.createChannel("foo", ChannelLimits.UNLIMITED);

        assertThatThrownBy(() -> store.createChannel("foo", ChannelLimits.UNLIMITED))
                .isInstanceOf(StoreException.class);
    }
}
