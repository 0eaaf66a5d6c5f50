package io.jstan.nats.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectPatternTest {

    @ParameterizedTest
    @CsvSource({
            "a.>, a.b.c, true",
            "*.b.c, a.b.c, true",
            ">, a.b.c, true",
            "a.*, a.b.c, false",
            "a.b, a.b.c, false",
            "a.b.c.d, a.b.c, false",
            "a.>, a, false",
            "*, a, true",
            "a.b.c, a.b.c, true",
            "a.b.c, a.b.cd, false",
            "a.*.c, a.x.c, true",
            "foo.*, foo.*, true",
            "foo.>, foo.*, true",
            "foo.bar, foo.*, false",
            "foo*, foox, false",
    })
    void matchesLikeTheTrie(String pattern, String subject, boolean expected) {
        assertThat(SubjectPattern.matches(pattern, subject)).isEqualTo(expected);
    }
}
