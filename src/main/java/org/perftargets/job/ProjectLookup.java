package org.perftargets.job;

import java.util.Comparator;
import java.util.List;

import org.perftargets.model.CleanText;
import org.perftargets.model.Project;

/** Finds the project asked for with -Dproject, by 项目名称 or 项目编码, and suggests close names. */
final class ProjectLookup {

    private ProjectLookup() {
    }

    static List<Project> find(List<Project> projects, String wanted) {
        String w = normalise(wanted);
        List<Project> byName = projects.stream().filter(p -> normalise(p.name()).equals(w)).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        return projects.stream().filter(p -> p.code() != null && normalise(p.code()).equals(w)).toList();
    }

    /**
     * Up to {@code max} names like {@code wanted}: those containing it (or contained in it) first,
     * then those within a few edits; empty when none is close.
     */
    static List<String> closest(List<Project> projects, String wanted, int max) {
        String w = normalise(wanted);
        int tolerance = Math.max(2, w.length() / 2);
        return projects.stream().map(Project::name).distinct()
                .filter(n -> contains(n, w) || editDistance(normalise(n), w) <= tolerance)
                .sorted(Comparator.comparingInt((String n) -> contains(n, w) ? 0 : 1)
                        .thenComparingInt(n -> editDistance(normalise(n), w)))
                .limit(max).toList();
    }

    private static boolean contains(String name, String w) {
        String n = normalise(name);
        return !w.isEmpty() && (n.contains(w) || w.contains(n));
    }

    private static String normalise(String s) {
        return CleanText.folded(s); // as the reading compares names: full-width and every space aside
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
