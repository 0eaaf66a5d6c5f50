package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.store.ChannelLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FileStoreOptionsTest {

    @Test
    void invalidValuesAreRefusedWithUpstreamMessages() {
        FileStoreOptions interval = new FileStoreOptions();
        interval.compactInterval = Duration.ZERO;
        assertThatThrownBy(interval::validate).hasMessage("compact interval value must at least be 1 seconds");

        FileStoreOptions slice = new FileStoreOptions();
        slice.sliceMaxMsgs = -1;
        assertThatThrownBy(slice::validate).hasMessage("slice max values must be positive numbers");

        FileStoreOptions script = new FileStoreOptions();
        script.sliceArchiveScript = "/bin/archive";
        assertThatThrownBy(script::validate).hasMessageContaining("not supported yet");
    }

    @Test
    void withoutSliceOptionsSlicesAreAQuarterOfTheChannelLimits() {
        FileStoreOptions options = new FileStoreOptions();
        options.sliceMaxBytes = 0;

        assertThat(options.sliceLimits(new ChannelLimits(0, 1000, 4000, 2_000_000_000L, 0)))
                .isEqualTo(new FileStoreOptions.SliceLimits(250, 1000, 1_000_000_000L));
        assertThat(options.sliceLimits(new ChannelLimits(0, 0, 0, 8_000_000_000L, 0)))
                .isEqualTo(new FileStoreOptions.SliceLimits(0, 0, 2_000_000_000L));
        assertThat(new FileStoreOptions().sliceLimits(ChannelLimits.UNLIMITED))
                .isEqualTo(new FileStoreOptions.SliceLimits(0, 64L * 1024 * 1024, 0));
    }
}
