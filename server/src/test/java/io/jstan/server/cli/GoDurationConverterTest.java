package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class GoDurationConverterTest {

    @ParameterizedTest(name = "{0} = {1} ns")
    @CsvSource(delimiter = '|', textBlock = """
            0                          | 0
            +0                         | 0
            -0                         | 0
            0s                         | 0
            30s                        | 30000000000
            1h30m                      | 5400000000000
            1m30s                      | 90000000000
            1.5h                       | 5400000000000
            .5s                        | 500000000
            1.s                        | 1000000000
            -1s                        | -1000000000
            +5m                        | 300000000000
            100ns                      | 100
            3us                        | 3000
            3\u00b5s                   | 3000
            3\u03bcs                   | 3000
            250ms                      | 250000000
            1h1m1s1ms1us1ns            | 3661001001001
            1.000000001s               | 1000000001
            2562047h47m16.854775807s   | 9223372036854775807
            -2562047h47m16.854775808s  | -9223372036854775808
            """)
    void parsesGoDurations(String text, long nanos) {
        assertThat(GoDurationConverter.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-", "1", "10", "1d", "1w", "s", ".s", ".", "1.5", "abc", "1h 30m", "1S", "1H",
            "2562047h47m16.854775808s", "9223372036854775808ns", "1e3s"})
    void refusesWhatGoRefuses(String text) {
        assertThatThrownBy(() -> GoDurationConverter.parseNanos(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("parse error");
    }
}
