package io.jstan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void publishersShareEveryMessage() {
        Scenario scenario = new Scenario(4, 4, 128, 1_000_003);

        long total = LongStream.range(0, 4).map(i -> scenario.messagesOf((int) i)).sum();

        assertThat(total).isEqualTo(1_000_003);
        assertThat(scenario.messagesOf(0)).isEqualTo(250_001);
        assertThat(scenario.messagesOf(3)).isEqualTo(250_000);
        assertThat(scenario.expectedDeliveries()).isEqualTo(4_000_012);
    }

    @Test
    void labelNamesClientsAndSize() {
        assertThat(new Scenario(1, 1, 128, 1).label()).isEqualTo("1p/1s 128B");
        assertThat(new Scenario(4, 0, 1024, 1).label()).isEqualTo("4p/0s 1KB");
    }
}
