package io.jstan.nats.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"foo", "foo.bar", "foo.*", "foo.>", ">", "*", "*.*.>", "foo*.bar", "foo>",
            "foo.*.baz", "a.b.c.d.e", "é.ü", "nul\0byte", "$SYS.REQ", "_INBOX.abc.*"})
    void acceptsSubscribeSubjects(String subject) {
        assertThat(Subjects.isValidSubscribeSubject(subject)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "foo.", ".foo", "foo..bar", ".", "..", "foo.>.bar", ">.foo", ">.>",
            "foo bar", "foo\tbar", "foo\rbar", "foo\nbar", "foo\fbar", " ", "foo. .bar"})
    void rejectsSubscribeSubjects(String subject) {
        assertThat(Subjects.isValidSubscribeSubject(subject)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "foo.bar", "foo*.bar", "foo>", "a.b*", "*a.>b", "_INBOX.x.y"})
    void acceptsPublishSubjects(String subject) {
        assertThat(Subjects.isValidPublishSubject(subject)).isTrue();
        assertThat(Subjects.isLiteral(subject)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo.*", "foo.>", "*", ">", "*.bar", "foo.*.bar", "a..b", ".a", "a.", "",
            "a b"})
    void rejectsPublishSubjects(String subject) {
        assertThat(Subjects.isValidPublishSubject(subject)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo.*", "foo.>", "*", ">", "*.bar"})
    void wildcardTokensAreNotLiteral(String subject) {
        assertThat(Subjects.isLiteral(subject)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "workers", "*", ">", "a.b", "foo..bar", "q-1_x"})
    void acceptsQueueNames(String queue) {
        assertThat(Subjects.isValidQueueName(queue)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "a\tb", "a\nb", "a\rb", "a\fb"})
    void rejectsQueueNames(String queue) {
        assertThat(Subjects.isValidQueueName(queue)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "a.", ".a", "a..b"})
    void findsEmptyTokens(String subject) {
        assertThat(Subjects.hasEmptyToken(subject)).isTrue();
    }
}
