package io.jstan.nats.monitor;

/** Whether a subscription pattern would receive a message published on a literal subject. */
final class SubjectFilter {

    private SubjectFilter() {
    }

    static boolean matches(String pattern, String literal) {
        String[] patternTokens = pattern.split("\\.", -1);
        String[] subjectTokens = literal.split("\\.", -1);
        for (int i = 0; i < patternTokens.length; i++) {
            String token = patternTokens[i];
            if (token.equals(">")) {
                return subjectTokens.length > i; // '>' needs at least one more token
            }
            if (i >= subjectTokens.length || !(token.equals("*") || token.equals(subjectTokens[i]))) {
                return false;
            }
        }
        return patternTokens.length == subjectTokens.length;
    }
}
