package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoSizeConverterTest {

    private final GoSizeConverter converter = new GoSizeConverter();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0       | 0
            1024    | 1024
            010     | 10
            -1      | -1
            1K      | 1000
            1k      | 1000
            1KB     | 1024
            1kib    | 1024
            1Ki     | 1024
            500MB   | 524288000
            2M      | 2000000
            1GB     | 1073741824
            1G      | 1000000000
            1gib    | 1073741824
            3TB     | 3298534883328
            1T      | 1000000000000
            1PB     | 1125899906842624
            1EB     | 1152921504606846976
            7E      | 7000000000000000000
            """)
    void parsesNatsConfigSizes(String text, long bytes) {
        assertThat(converter.convert(text)).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "1.5", "1.5GB", "10X", "1 GB", "0x10", "+5", "GB", "8EB",
            "99999999999999999999"})
    void refusesWhatIsNotASize(String text) {
        assertThatThrownBy(() -> converter.convert(text))
                .isInstanceOf(GoSizeConverter.NotASizeException.class);
    }
}
