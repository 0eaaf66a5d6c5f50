package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jstan.store.file.FileStoreOptions;
import io.jstan.streaming.StreamingOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FileStoreFlagsTest {

    @Test
    void defaultsAreUpstreamsWhenNoFlagIsGiven() throws FlagException {
        FileStoreOptions options = map();
        FileStoreOptions defaults = new FileStoreOptions();
        assertThat(options).usingRecursiveComparison().isEqualTo(defaults);
    }

    @Test
    void everyFlagMapsOntoItsOption() throws FlagException {
        FileStoreOptions o = map("-file_compact_enabled=false", "--file_compact_frag", "30",
                "-file_compact_interval=60", "-file_compact_min_size", "2MB", "-file_buffer_size=1KB",
                "-file_crc=false", "-file_crc_poly", "3988292384", "-file_sync=false", "-file_slice_max_msgs", "100",
                "-file_slice_max_bytes", "1MB", "-file_slice_max_age", "1h", "-file_slice_archive_script=",
                "-file_fds_limit", "50", "-file_parallel_recovery", "4", "-file_truncate_bad_eof",
                "-file_read_buffer_size", "0", "-file_auto_sync", "5s");
        assertThat(o.compactEnabled).isFalse();
        assertThat(o.compactFragmentation).isEqualTo(30);
        assertThat(o.compactInterval).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.compactMinSize).isEqualTo(2L << 20);
        assertThat(o.bufferSize).isEqualTo(1024);
        assertThat(o.crc).isFalse();
        assertThat(o.sync).isFalse();
        assertThat(o.sliceMaxMsgs).isEqualTo(100);
        assertThat(o.sliceMaxBytes).isEqualTo(1L << 20);
        assertThat(o.sliceMaxAge).isEqualTo(Duration.ofHours(1));
        assertThat(o.sliceArchiveScript).isEmpty();
        assertThat(o.fdsLimit).isEqualTo(50);
        assertThat(o.parallelRecovery).isEqualTo(4);
        assertThat(o.truncateBadEof).isTrue();
        assertThat(o.readBufferSize).isZero();
        assertThat(o.autoSync).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void archiveScriptAndOtherCrcPolynomialsAreNotSupportedYet() {
        assertThatThrownBy(() -> map("-file_slice_archive_script", "/bin/archive"))
                .hasMessage("not supported yet: -file_slice_archive_script");
        assertThatThrownBy(() -> map("-file_crc_poly", "0x82f63b78"))
                .hasMessage("not supported yet: -file_crc_poly 2197175160");
    }

    @Test
    void badValuesGiveGoFlagErrors() {
        assertThatThrownBy(() -> map("-file_compact_frag", "x"))
                .hasMessage("invalid value \"x\" for flag -file_compact_frag: parse error");
        assertThatThrownBy(() -> map("-file_buffer_size", "big"))
                .hasMessage("file_buffer_size should be a size, got 'big'");
    }

    private static FileStoreOptions map(String... args) throws FlagException {
        return StreamingOptionsMapper.apply(FlagParser.parse(args).streaming(), new StreamingOptions()).fileStore;
    }
}
