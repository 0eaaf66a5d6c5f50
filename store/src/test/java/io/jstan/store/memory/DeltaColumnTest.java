package io.jstan.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeltaColumnTest {

    @Test
    void valuesCloseToTheFirstTakeFourBytesEach() {
        DeltaColumn column = new DeltaColumn(4);
        column.add(Long.MAX_VALUE - 0xFFFF_FFFFL);
        column.add(Long.MAX_VALUE);

        assertThat(column.get(0)).isEqualTo(Long.MAX_VALUE - 0xFFFF_FFFFL);
        assertThat(column.get(1)).isEqualTo(Long.MAX_VALUE);
        assertThat(column.capacityBytes()).isEqualTo(16);
    }

    @Test
    void aValueFarFromTheFirstWidensTheColumnKeepingEarlierValues() {
        DeltaColumn column = new DeltaColumn(4);
        column.add(10);
        column.add(20);
        column.add(10 + (1L << 32));
        column.add(Long.MAX_VALUE);

        assertThat(column.get(0)).isEqualTo(10);
        assertThat(column.get(1)).isEqualTo(20);
        assertThat(column.get(2)).isEqualTo(10 + (1L << 32));
        assertThat(column.get(3)).isEqualTo(Long.MAX_VALUE);
        assertThat(column.capacityBytes()).isEqualTo(32);
    }
}
