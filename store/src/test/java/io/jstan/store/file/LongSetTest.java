package io.jstan.store.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void behavesAsASetUnderRandomAddsAndRemoves() {
        LongSet set = new LongSet();
        TreeSet<Long> reference = new TreeSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            long value = 1 + random.nextInt(2_000);
            if (random.nextInt(3) == 0) {
                assertThat(set.remove(value)).isEqualTo(reference.remove(value));
            } else {
                assertThat(set.add(value)).isEqualTo(reference.add(value));
            }
        }
        assertThat(set.size()).isEqualTo(reference.size());
        assertThat(set.toSortedArray()).containsExactly(reference.stream().mapToLong(Long::longValue).toArray());
    }
}
