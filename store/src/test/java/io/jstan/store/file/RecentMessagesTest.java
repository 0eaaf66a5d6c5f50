package io.jstan.store.file;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentMessagesTest {

    @Test
    void keepsTheNewestMessagesUpToItsCapacity() {
        RecentMessages recent = new RecentMessages(4, 1024);
        for (long seq = 1; seq <= 6; seq++) {
            recent.put(seq, new byte[] {(byte) seq});
        }
        assertThat(recent.get(1)).isNull();
        assertThat(recent.get(2)).isNull();
        assertThat(recent.get(3)).containsExactly(3);
        assertThat(recent.get(6)).containsExactly(6);
        assertThat(recent.get(7)).isNull();
    }

    @Test
    void evictsTheOldestWhenOverItsByteBudgetButKeepsTheNewest() {
        RecentMessages recent = new RecentMessages(16, 10);
        recent.put(1, new byte[4]);
        recent.put(2, new byte[4]);
        recent.put(3, new byte[4]);
        assertThat(recent.get(1)).isNull();
        assertThat(recent.get(2)).hasSize(4);
        assertThat(recent.get(3)).hasSize(4);
        recent.put(4, new byte[50]);
        assertThat(recent.get(3)).isNull();
        assertThat(recent.get(4)).hasSize(50);
    }
}
