package io.jstan.nats.subjects;

import java.util.*;
import java.util.concurrent.CopyOnWriteArrayList;

// TEMPORARY STUB
public final class SubjectIndex<S extends SubjectIndex.Entry> {
    public interface Entry { String subject(); String queue(); }
    public record MatchResult<S>(List<S> plain, List<List<S>> queueGroups) { public boolean isEmpty() { return plain.isEmpty() && queueGroups.isEmpty(); } }
    private final List<S> all = new CopyOnWriteArrayList<>();
    public void insert(S s) { all.add(s); }
    public boolean remove(S s) { return all.remove(s); }
    public int count() { return all.size(); }
    public List<S> snapshot() { return new ArrayList<>(all); }
    public long numInserts() { return 0; }
    public long numRemoves() { return 0; }
    public long numMatches() { return 0; }
    public int cacheSize() { return 0; }
    public double cacheHitRate() { return 0; }
    public int maxFanout() { return 0; }
    public double avgFanout() { return 0; }
    public MatchResult<S> match(String subject) {
        List<S> plain = new ArrayList<>(); Map<String, List<S>> q = new LinkedHashMap<>();
        String[] t = subject.split("\\.", -1);
        for (S s : all) { if (matches(s.subject().split("\\.", -1), t)) { if (s.queue() == null) plain.add(s); else q.computeIfAbsent(s.queue(), k -> new ArrayList<>()).add(s); } }
        return new MatchResult<>(plain, new ArrayList<>(q.values()));
    }
    private static boolean matches(String[] p, String[] t) {
        for (int i = 0; i < p.length; i++) { if (p[i].equals(">")) return t.length > i; if (i >= t.length) return false; if (!p[i].equals("*") && !p[i].equals(t[i])) return false; }
        return p.length == t.length;
    }
}
