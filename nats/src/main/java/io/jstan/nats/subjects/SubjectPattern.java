package io.jstan.nats.subjects;

/** Tests one subscription pattern against one published subject, without a trie. */
public final class SubjectPattern {

    private SubjectPattern() {
    }

    /**
     * True when the pattern matches the subject by the rules of the trie: {@code *} takes one
     * token, {@code >} one or more trailing tokens, any other pattern token only an equal token.
     */
    public static boolean matches(String pattern, String subject) {
        int p = 0;
        int s = 0;
        while (true) {
            int pEnd = tokenEnd(pattern, p);
            int sEnd = tokenEnd(subject, s);
            int pLength = pEnd - p;
            if (pLength == 1 && pattern.charAt(p) == '>') {
                return true;
            }
            boolean oneToken = pLength == 1 && pattern.charAt(p) == '*';
            if (!oneToken && (pLength != sEnd - s || !pattern.regionMatches(p, subject, s, pLength))) {
                return false;
            }
            boolean patternDone = pEnd == pattern.length();
            boolean subjectDone = sEnd == subject.length();
            if (patternDone || subjectDone) {
                return patternDone && subjectDone;
            }
            p = pEnd + 1;
            s = sEnd + 1;
        }
    }

    private static int tokenEnd(String subject, int start) {
        int dot = subject.indexOf(Subjects.SEPARATOR, start);
        return dot < 0 ? subject.length() : dot;
    }
}
