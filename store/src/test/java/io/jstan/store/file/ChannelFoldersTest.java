package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelFoldersTest {

    @Test
    void plainNamesAreKeptAndOtherBytesEscaped() {
        assertThat(ChannelFolders.folderName("orders.eu-west_1")).isEqualTo("orders.eu-west_1");
        assertThat(ChannelFolders.folderName(".a")).isEqualTo("%2Ea");
        assertThat(ChannelFolders.folderName("a%b c")).isEqualTo("a%25b%20c");
        assertThat(ChannelFolders.folderName("é")).isEqualTo("%C3%A9");
        assertThat(ChannelFolders.folderName("..")).isEqualTo("%2E.");
    }

    @Test
    void longNamesAreCutWithAHashThatKeepsThemApart() {
        String a = ChannelFolders.folderName("x".repeat(500) + "a");
        String b = ChannelFolders.folderName("x".repeat(500) + "b");

        assertThat(a).hasSizeLessThanOrEqualTo(200).isNotEqualTo(b);
        assertThat(ChannelFolders.isChannelFolder(a)).isTrue();
    }
}
