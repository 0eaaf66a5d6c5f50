package io.jstan.streaming.protocol;

/** Go's {@code %q} for strings, which upstream uses to put names inside messages. */
public final class GoQuote {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {
    }

    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 0x0B -> out.append("\\v");
                default -> appendOther(out, cp);
            }
        }
        return out.append('"').toString();
    }

    private static void appendOther(StringBuilder out, int cp) {
        if (cp >= 0x20 && cp < 0x7F || cp >= 0xA0 && Character.isDefined(cp) && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT) {
            out.appendCodePoint(cp);
        } else if (cp < 0x80) {
            out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
        } else if (cp <= 0xFFFF) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

}
