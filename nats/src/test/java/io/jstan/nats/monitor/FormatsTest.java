package io.jstan.nats.monitor;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void uptimeUsesWholeSecondsAndShowsEverySmallerUnit() {
        assertThat(Durations.uptime(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.uptime(Duration.ofMillis(999))).isEqualTo("0s");
        assertThat(Durations.uptime(Duration.ofSeconds(192))).isEqualTo("3m12s");
        assertThat(Durations.uptime(Duration.ofHours(1))).isEqualTo("1h0m0s");
        assertThat(Durations.uptime(Duration.parse("P1DT2H3M4S"))).isEqualTo("1d2h3m4s");
        assertThat(Durations.uptime(Duration.ofDays(366).plusSeconds(5))).isEqualTo("1y1d0h0m5s");
        assertThat(Durations.uptime(Duration.ofSeconds(-3))).isEqualTo("0s");
    }

    @Test
    void goDurationsMatchGoStringForm() {
        assertThat(Durations.go(0)).isEqualTo("0s");
        assertThat(Durations.go(999)).isEqualTo("999ns");
        assertThat(Durations.go(1_200)).isEqualTo("1.2µs");
        assertThat(Durations.go(208_485_502)).isEqualTo("208.485502ms");
        assertThat(Durations.go(2_000_000)).isEqualTo("2ms");
        assertThat(Durations.go(1_500_000_000)).isEqualTo("1.5s");
        assertThat(Durations.go(3_723_500_000_000L)).isEqualTo("1h2m3.5s");
        assertThat(Durations.go(3_600_000_000_000L)).isEqualTo("1h0m0s");
        assertThat(Durations.go(-1_500)).isEqualTo("-1.5µs");
    }

    @Test
    void timesAreRfc3339NanoInUtcWithoutTrailingZeros() {
        assertThat(Rfc3339.format(Instant.parse("2024-03-05T07:08:09Z"))).isEqualTo("2024-03-05T07:08:09Z");
        assertThat(Rfc3339.format(Instant.parse("2024-03-05T07:08:09.120Z"))).isEqualTo("2024-03-05T07:08:09.12Z");
        assertThat(Rfc3339.format(Instant.parse("2024-03-05T07:08:09.000000001Z")))
                .isEqualTo("2024-03-05T07:08:09.000000001Z");
    }

    @Test
    void prettyJsonIsIndentedLikeGo() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", "x");
        tree.put("n", 3);
        tree.put("rate", 0.25);
        tree.put("whole", 2.0);
        tree.put("empty", Map.of());
        tree.put("none", List.of());
        tree.put("list", List.of(1, "a<b>&"));
        tree.put("nothing", null);
        assertThat(MonitorJson.pretty(tree)).isEqualTo("""
                {
                  "id": "x",
                  "n": 3,
                  "rate": 0.25,
                  "whole": 2,
                  "empty": {},
                  "none": [],
                  "list": [
                    1,
                    "a\\u003cb\\u003e\\u0026"
                  ],
                  "nothing": null
                }""");
        assertThat(MonitorJson.compact(Map.of("status", "ok"))).isEqualTo("{\"status\":\"ok\"}");
    }
}
