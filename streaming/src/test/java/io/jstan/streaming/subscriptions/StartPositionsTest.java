package io.jstan.streaming.subscriptions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartPositionsTest {

    @Test
    void sequenceStartIsClampedToTheAvailableRange() {
        // Messages 5..10 available.
        assertThat(StartPositions.bySequence(1, 5, 10)).isEqualTo(4);
        assertThat(StartPositions.bySequence(5, 5, 10)).isEqualTo(4);
        assertThat(StartPositions.bySequence(7, 5, 10)).isEqualTo(6);
        assertThat(StartPositions.bySequence(10, 5, 10)).isEqualTo(9);
        assertThat(StartPositions.bySequence(11, 5, 10)).isEqualTo(10);
        assertThat(StartPositions.bySequence(-1L, 5, 10)).isEqualTo(10);
    }

    @Test
    void sequenceStartOnAnEmptyChannel() {
        assertThat(StartPositions.bySequence(0, 0, 0)).isZero();
        assertThat(StartPositions.bySequence(3, 0, 0)).isZero();
    }

    @Test
    void sequenceStartWhenEverythingWasRemoved() {
        // last = 10, first = 11: nothing available.
        assertThat(StartPositions.bySequence(3, 11, 10)).isEqualTo(10);
        assertThat(StartPositions.bySequence(20, 11, 10)).isEqualTo(10);
    }
}
