package io.jstan.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --xyz            | flag provided but not defined: -xyz
            -xyz=1           | flag provided but not defined: -xyz
            -p4222           | flag provided but not defined: -p4222
            -p abc           | invalid value "abc" for flag -p: parse error
            --port=08        | invalid value "08" for flag -port: parse error
            -p 99999999999999999999 | invalid value "99999999999999999999" for flag -p: value out of range
            -p               | flag needs an argument: -p
            -D=maybe         | invalid boolean value "maybe" for -D: parse error
            --tls=yes        | invalid boolean value "yes" for -tls: parse error
            ---x             | bad flag syntax: ---x
            """)
    void badFlagsGiveUpstreamErrorsAndUsage(String line, String message) {
        assertThatThrownBy(() -> FlagParser.parse(line.split(" ")))
                .isInstanceOf(FlagException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((FlagException) e).showUsage()).isTrue());
    }

    @Test
    void outOfRangePortIsRejectedByTheMapper() {
        assertThatThrownBy(() -> NatsOptionsMapper.apply(FlagParser.parse("-m", "99999999999").nats(),
                new io.jstan.nats.NatsServerOptions()))
                .hasMessage("invalid value \"99999999999\" for flag -http_port: value out of range");
    }

    @Test
    void unknownCommandIsRejected() {
        assertThatThrownBy(() -> FlagParser.parse("-p", "4222", "start"))
                .isInstanceOf(FlagException.class)
                .hasMessage("unrecognized command: \"start\"");
    }

    @Test
    void boolFlagDoesNotTakeASeparateValue() {
        // As with Go's flag package: "false" ends the flags and is an unknown command.
        assertThatThrownBy(() -> FlagParser.parse("-tls", "false"))
                .hasMessage("unrecognized command: \"false\"");
    }

    @Test
    void flagsStopAtTheFirstNonFlag() {
        assertThatThrownBy(() -> FlagParser.parse("run", "-p", "1"))
                .hasMessage("unrecognized command: \"run\"");
    }

    @Test
    void versionAndHelpAreAlsoCommands() throws FlagException {
        assertThat(FlagParser.parse("VERSION").versionRequested()).isTrue();
        assertThat(FlagParser.parse("help").helpRequested()).isTrue();
    }

    @Test
    void aFlagValueMayLookLikeAFlag() throws FlagException {
        assertThat(FlagParser.parse("--user", "-D").nats().user).isEqualTo("-D");
    }

    @Test
    void doubleDashEndsTheFlags() {
        assertThatThrownBy(() -> FlagParser.parse("--", "-p"))
                .hasMessage("unrecognized command: \"-p\"");
    }
}
