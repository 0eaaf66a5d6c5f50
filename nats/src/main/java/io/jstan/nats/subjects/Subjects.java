package io.jstan.nats.subjects;
// TEMPORARY STUB
public final class Subjects {
    public static boolean isValidSubscribeSubject(String s) { if (s.isEmpty()) return false; String[] t = s.split("\\.", -1); for (int i=0;i<t.length;i++){ if(t[i].isEmpty()) return false; if (t[i].equals(">") && i != t.length-1) return false;} return true; }
    public static boolean isValidPublishSubject(String s) { return isValidSubscribeSubject(s) && isLiteral(s); }
    public static boolean isLiteral(String s) { for (String t : s.split("\\.", -1)) if (t.equals("*")||t.equals(">")) return false; return true; }
}
